// This file is generated. Do not edit it by hand.
// Generator: @dialogporten-events/codegen
// Source: schemas/platform.events.validatesubscription.schema.json
// Change the schema and run `pnpm generate` instead.

// @ts-nocheck
import type { CompiledValidator } from "../../../runtime/validator.js";

export const validate: CompiledValidator = validateFast as unknown as CompiledValidator;
const pattern0 = new RegExp("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", "");
const pattern156 = new RegExp("^https://[a-z0-9.-]+(:[0-9]{1,5})?(/[A-Za-z0-9._~%-]+)*/events/api/v1/subscriptions/[0-9]+$", "");
function validate116(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://dialogporten-events.dev/schemas/platform.events.validatesubscription.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.specversion === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "specversion"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.id === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.type === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.source === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "source"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.specversion !== undefined){
if("1.0" !== data.specversion){
const err4 = {instancePath:instancePath+"/specversion",schemaPath:"#/properties/specversion/const",keyword:"const",params:{allowedValue: "1.0"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.id !== undefined){
let data1 = data.id;
if(typeof data1 === "string"){
if(!pattern0.test(data1)){
const err5 = {instancePath:instancePath+"/id",schemaPath:"_defs/dialogporten.schema.json#/$defs/uuid/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/id",schemaPath:"_defs/dialogporten.schema.json#/$defs/uuid/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.type !== undefined){
if("platform.events.validatesubscription" !== data.type){
const err7 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "platform.events.validatesubscription"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.source !== undefined){
let data3 = data.source;
if(typeof data3 === "string"){
if(!pattern156.test(data3)){
const err8 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/pattern",keyword:"pattern",params:{pattern: "^https://[a-z0-9.-]+(:[0-9]{1,5})?(/[A-Za-z0-9._~%-]+)*/events/api/v1/subscriptions/[0-9]+$"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
validate116.errors = vErrors;
return errors === 0;
}

const fastSet0 = new Uint8Array(128).fill(1, 48, 58).fill(1, 97, 103);
// "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", checked by position
function fastPattern0(s) {
  if (s.length !== 36) return false;
  for (let i = 0; i < 8; i++) if (fastSet0[s.charCodeAt(i)] !== 1) return false;
  if (s.charCodeAt(8) !== 45) return false;
  for (let i = 9; i < 13; i++) if (fastSet0[s.charCodeAt(i)] !== 1) return false;
  if (s.charCodeAt(13) !== 45) return false;
  for (let i = 14; i < 18; i++) if (fastSet0[s.charCodeAt(i)] !== 1) return false;
  if (s.charCodeAt(18) !== 45) return false;
  for (let i = 19; i < 23; i++) if (fastSet0[s.charCodeAt(i)] !== 1) return false;
  if (s.charCodeAt(23) !== 45) return false;
  for (let i = 24; i < 36; i++) if (fastSet0[s.charCodeAt(i)] !== 1) return false;
  return true;
}
// "^https://[a-z0-9.-]+(:[0-9]{1,5})?(/[A-Za-z0-9._~%-]+)*/events/api/v1/subscriptions/[0-9]+$", repetitions unrolled
const fastPattern1 = new RegExp("^https:\\/\\/[\\d\\-.a-z][\\d\\-.a-z]*(?::\\d\\d{0,4})?(?:\\/[\\w%\\-.~][\\w%\\-.~]*)*\\/events\\/api\\/v1\\/subscriptions\\/\\d\\d*$", "");
function accepts(data) {
  if (typeof data !== "object" || data === null || Array.isArray(data)) return false;
  const p0 = data["specversion"];
  if (p0 === undefined) return false;
  if (p0 !== "1.0") return false;
  const p1 = data["id"];
  if (p1 === undefined) return false;
  if (typeof p1 !== "string") return false;
  if ((!fastPattern0(p1))) return false;
  const p2 = data["type"];
  if (p2 === undefined) return false;
  if (p2 !== "platform.events.validatesubscription") return false;
  const p3 = data["source"];
  if (p3 === undefined) return false;
  if (typeof p3 !== "string") return false;
  if ((!fastPattern1.test(p3))) return false;
  return true;
}

function validateFast(data) {
  if (accepts(data)) {
    validateFast.errors = null;
    return true;
  }
  const valid = validate116(data);
  validateFast.errors = validate116.errors;
  return valid;
}

export { accepts };
export const explain: CompiledValidator = validate116 as unknown as CompiledValidator;

export function verdict(data) {
  return accepts(data) ? 1 : 0;
}
