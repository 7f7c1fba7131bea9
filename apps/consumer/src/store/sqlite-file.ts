/** The consumer's SQLite file in its data dir. */
export const DATABASE_FILE = "consumer.sqlite";
