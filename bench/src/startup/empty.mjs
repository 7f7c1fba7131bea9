// Start-up probe: a bare Node process, the floor both others pay.
process.stdout.write(JSON.stringify({ firstEventMs: performance.now(), ok: true }));
