// This file is generated. Do not edit it by hand.
// Generator: @dialogporten-events/codegen
// Source: 5 schemas in schemas/
// Change the schema and run `pnpm generate` instead.

// @ts-nocheck
// The validator of 5 event types alike but for `type`, which it leaves unchecked.
import { formats } from "../../../../runtime/formats.js";
import type { CompiledValidator } from "../../../../runtime/validator.js";
import { ucs2length as func0 } from "../../../../runtime/ucs2length.js";
import { ucs2length } from "../../../../runtime/ucs2length.js";

export const validate: CompiledValidator = validateFast as unknown as CompiledValidator;
const pattern0 = new RegExp("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", "");
const pattern1 = new RegExp("^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,7})?Z$", "");
const pattern2 = new RegExp("^urn:altinn:resource:[a-z0-9][a-z0-9_.-]{0,99}$", "");
const pattern4 = new RegExp("^urn:altinn:(person:identifier-no:[0-9]{11}|organization:identifier-no:[0-9]{9}|person:legacy-selfidentified:[^:\\s]+|person:idporten-email:[^:\\s]+(@|%40)[^:\\s]+)$", "");
const formats0 = formats["date-time"];
function validate123(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
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
if(data.time === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "time"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.resource === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "resource"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.resourceinstance === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "resourceinstance"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.subject === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "subject"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.source === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "source"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.specversion !== undefined){
if("1.0" !== data.specversion){
const err8 = {instancePath:instancePath+"/specversion",schemaPath:"#/properties/specversion/const",keyword:"const",params:{allowedValue: "1.0"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.id !== undefined){
let data1 = data.id;
if(typeof data1 === "string"){
if(!pattern0.test(data1)){
const err9 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/uuid/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/uuid/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.type !== undefined){
if(typeof data.type !== "string"){
const err11 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.time !== undefined){
let data3 = data.time;
if(typeof data3 === "string"){
if(!pattern1.test(data3)){
const err12 = {instancePath:instancePath+"/time",schemaPath:"#/$defs/time/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,7})?Z$"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(!(formats0(data3))){
const err13 = {instancePath:instancePath+"/time",schemaPath:"#/$defs/time/format",keyword:"format",params:{format: "date-time"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/time",schemaPath:"#/$defs/time/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.resource !== undefined){
let data4 = data.resource;
if(typeof data4 === "string"){
if(!pattern2.test(data4)){
const err15 = {instancePath:instancePath+"/resource",schemaPath:"#/$defs/resourceUrn/pattern",keyword:"pattern",params:{pattern: "^urn:altinn:resource:[a-z0-9][a-z0-9_.-]{0,99}$"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/resource",schemaPath:"#/$defs/resourceUrn/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.resourceinstance !== undefined){
let data5 = data.resourceinstance;
if(typeof data5 === "string"){
if(!pattern0.test(data5)){
const err17 = {instancePath:instancePath+"/resourceinstance",schemaPath:"#/$defs/uuid/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/resourceinstance",schemaPath:"#/$defs/uuid/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.subject !== undefined){
let data6 = data.subject;
if(typeof data6 === "string"){
if(!pattern4.test(data6)){
const err19 = {instancePath:instancePath+"/subject",schemaPath:"#/$defs/partyUrn/pattern",keyword:"pattern",params:{pattern: "^urn:altinn:(person:identifier-no:[0-9]{11}|organization:identifier-no:[0-9]{9}|person:legacy-selfidentified:[^:\\s]+|person:idporten-email:[^:\\s]+(@|%40)[^:\\s]+)$"}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/subject",schemaPath:"#/$defs/partyUrn/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.source !== undefined){
if(typeof data.source !== "string"){
const err21 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.datacontenttype !== undefined){
if("application/json" !== data.datacontenttype){
const err22 = {instancePath:instancePath+"/datacontenttype",schemaPath:"#/properties/datacontenttype/const",keyword:"const",params:{allowedValue: "application/json"}};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
else {
const err23 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
validate123.errors = vErrors;
return errors === 0;
}
const formats2 = formats["uri-reference"];
function validate125(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(Object.keys(data).length < 1){
const err0 = {instancePath,schemaPath:"#/minProperties",keyword:"minProperties",params:{limit: 1}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "process") || (key0 === "precedingProcess"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.process !== undefined){
let data0 = data.process;
if(typeof data0 === "string"){
if(func0(data0) > 1023){
const err2 = {instancePath:instancePath+"/process",schemaPath:"#/$defs/processUri/maxLength",keyword:"maxLength",params:{limit: 1023}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(!(formats2(data0))){
const err3 = {instancePath:instancePath+"/process",schemaPath:"#/$defs/processUri/format",keyword:"format",params:{format: "uri-reference"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/process",schemaPath:"#/$defs/processUri/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.precedingProcess !== undefined){
let data1 = data.precedingProcess;
if(typeof data1 === "string"){
if(func0(data1) > 1023){
const err5 = {instancePath:instancePath+"/precedingProcess",schemaPath:"#/$defs/processUri/maxLength",keyword:"maxLength",params:{limit: 1023}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(!(formats2(data1))){
const err6 = {instancePath:instancePath+"/precedingProcess",schemaPath:"#/$defs/processUri/format",keyword:"format",params:{format: "uri-reference"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/precedingProcess",schemaPath:"#/$defs/processUri/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.precedingProcess !== undefined){
if(data.process === undefined){
const err8 = {instancePath,schemaPath:"#/dependentRequired",keyword:"dependentRequired",params:{property: "precedingProcess",
    missingProperty: "process",
    depsCount: 1,
    deps: "process"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
validate125.errors = vErrors;
return errors === 0;
}
const pattern124 = new RegExp("^https://([a-z0-9.-]+(:[0-9]{1,5})?(/[A-Za-z0-9._~%-]+)*/dialogporten|localhost(:[0-9]{1,5})?)/api/v1/enduser/dialogs/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", "");
function validate122(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://dialogporten-events.dev/schemas/dialogporten.dialog.v1.family.schema.json" */;
let vErrors = null;
let errors = 0;
if(!(validate123(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate123.errors : vErrors.concat(validate123.errors);
errors = vErrors.length;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.source === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "source"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.source !== undefined){
let data0 = data.source;
if(typeof data0 === "string"){
if(!pattern124.test(data0)){
const err2 = {instancePath:instancePath+"/source",schemaPath:"_defs/dialogporten.schema.json#/$defs/dialogSource/pattern",keyword:"pattern",params:{pattern: "^https://([a-z0-9.-]+(:[0-9]{1,5})?(/[A-Za-z0-9._~%-]+)*/dialogporten|localhost(:[0-9]{1,5})?)/api/v1/enduser/dialogs/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/source",schemaPath:"_defs/dialogporten.schema.json#/$defs/dialogSource/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.data !== undefined){
if(!(validate125(data.data, {instancePath:instancePath+"/data",parentData:data,parentDataProperty:"data",rootData}))){
vErrors = vErrors === null ? validate125.errors : vErrors.concat(validate125.errors);
errors = vErrors.length;
}
}
}
else {
const err4 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
validate122.errors = vErrors;
return errors === 0;
}

const fastSet0 = new Uint8Array(128).fill(1, 48, 58).fill(1, 97, 103);
// "^https://([a-z0-9.-]+(:[0-9]{1,5})?(/[A-Za-z0-9._~%-]+)*/dialogporten|localhost(:[0-9]{1,5})?)/api/v1/enduser/dialogs/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", repetitions unrolled
const fastPattern0 = new RegExp("^https:\\/\\/(?:[\\d\\-.a-z][\\d\\-.a-z]*(?::\\d\\d{0,4})?(?:\\/[\\w%\\-.~][\\w%\\-.~]*)*\\/dialogporten|localhost(?::\\d\\d{0,4})?)\\/api\\/v1\\/enduser\\/dialogs\\/[\\da-f][\\da-f][\\da-f][\\da-f][\\da-f][\\da-f][\\da-f][\\da-f]-[\\da-f][\\da-f][\\da-f][\\da-f]-[\\da-f][\\da-f][\\da-f][\\da-f]-[\\da-f][\\da-f][\\da-f][\\da-f]-[\\da-f][\\da-f][\\da-f][\\da-f][\\da-f][\\da-f][\\da-f][\\da-f][\\da-f][\\da-f][\\da-f][\\da-f]$", "");
// "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", checked by position
function fastPattern1(s) {
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
// "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,7})?Z$", repetitions unrolled
const fastPattern2 = new RegExp("^\\d\\d\\d\\d-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(?:\\.\\d\\d{0,6})?Z$", "");
const fastPattern3 = new RegExp("^urn:altinn:resource:[a-z0-9][a-z0-9_.-]{0,99}$", "");
// "^urn:altinn:(person:identifier-no:[0-9]{11}|organization:identifier-no:[0-9]{9}|person:legacy-selfidentified:[^:\\s]+|person:idporten-email:[^:\\s]+(@|%40)[^:\\s]+)$", repetitions unrolled
const fastPattern4 = new RegExp("^urn:altinn:(?:person:identifier-no:\\d\\d\\d\\d\\d\\d\\d\\d\\d\\d\\d|organization:identifier-no:\\d\\d\\d\\d\\d\\d\\d\\d\\d|person:legacy-selfidentified:[^\\s:][^\\s:]*|person:idporten-email:[^\\s:][^\\s:]*(?:@|%40)[^\\s:][^\\s:]*)$", "");
const fastFormat0 = formats["uri-reference"];
const fastFormat1 = formats["date-time"];
function accepts(data) {
  if (typeof data !== "object" || data === null || Array.isArray(data)) return false;
  const p0 = data["type"];
  if (p0 === undefined) return false;
  if (typeof p0 !== "string") return false;
  const p1 = data["source"];
  if (p1 === undefined) return false;
  if (typeof p1 !== "string") return false;
  if ((!fastPattern0.test(p1))) return false;
  const p2 = data["data"];
  if (p2 !== undefined) {
    if (typeof p2 !== "object" || p2 === null || Array.isArray(p2)) return false;
    if (Object.keys(p2).length < 1) return false;
    if (p2["precedingProcess"] !== undefined && (p2["process"] === undefined)) return false;
    const p3 = p2["process"];
    if (p3 !== undefined) {
      if (typeof p3 !== "string") return false;
      if ((!fastFormat0(p3) || (p3.length > 1023 && ucs2length(p3) > 1023))) return false;
    }
    const p4 = p2["precedingProcess"];
    if (p4 !== undefined) {
      if (typeof p4 !== "string") return false;
      if ((!fastFormat0(p4) || (p4.length > 1023 && ucs2length(p4) > 1023))) return false;
    }
    for (const k5 in p2) if (k5 !== "process" && k5 !== "precedingProcess") return false;
  }
  const p6 = data["specversion"];
  if (p6 === undefined) return false;
  if (p6 !== "1.0") return false;
  const p7 = data["id"];
  if (p7 === undefined) return false;
  if (typeof p7 !== "string") return false;
  if ((!fastPattern1(p7))) return false;
  const p8 = data["time"];
  if (p8 === undefined) return false;
  if (typeof p8 !== "string") return false;
  if ((!fastPattern2.test(p8) || !fastFormat1(p8))) return false;
  const p9 = data["resource"];
  if (p9 === undefined) return false;
  if (typeof p9 !== "string") return false;
  if ((!fastPattern3.test(p9))) return false;
  const p10 = data["resourceinstance"];
  if (p10 === undefined) return false;
  if (typeof p10 !== "string") return false;
  if ((!fastPattern1(p10))) return false;
  const p11 = data["subject"];
  if (p11 === undefined) return false;
  if (typeof p11 !== "string") return false;
  if ((!fastPattern4.test(p11))) return false;
  const p12 = data["datacontenttype"];
  if (p12 !== undefined) {
    if (p12 !== "application/json") return false;
  }
  return true;
}

function verdict(data) {
  let consistent = true;
  if (typeof data !== "object" || data === null || Array.isArray(data)) return 0;
  const p13 = data["source"];
  if (p13 === undefined) return 0;
  if (typeof p13 !== "string") return 0;
  if ((!fastPattern0.test(p13))) return 0;
  const p14 = data["type"];
  if (p14 === undefined) return 0;
  if (typeof p14 !== "string") return 0;
  const p15 = data["data"];
  if (p15 !== undefined) {
    if (typeof p15 !== "object" || p15 === null || Array.isArray(p15)) return 0;
    if (Object.keys(p15).length < 1) return 0;
    if (p15["precedingProcess"] !== undefined && (p15["process"] === undefined)) return 0;
    const p16 = p15["process"];
    if (p16 !== undefined) {
      if (typeof p16 !== "string") return 0;
      if ((!fastFormat0(p16) || (p16.length > 1023 && ucs2length(p16) > 1023))) return 0;
    }
    const p17 = p15["precedingProcess"];
    if (p17 !== undefined) {
      if (typeof p17 !== "string") return 0;
      if ((!fastFormat0(p17) || (p17.length > 1023 && ucs2length(p17) > 1023))) return 0;
    }
    for (const k18 in p15) if (k18 !== "process" && k18 !== "precedingProcess") return 0;
  }
  const p19 = data["specversion"];
  if (p19 === undefined) return 0;
  if (p19 !== "1.0") return 0;
  const p20 = data["id"];
  if (p20 === undefined) return 0;
  if (typeof p20 !== "string") return 0;
  if ((!fastPattern1(p20))) return 0;
  const p21 = data["time"];
  if (p21 === undefined) return 0;
  if (typeof p21 !== "string") return 0;
  if ((!fastPattern2.test(p21) || !fastFormat1(p21))) return 0;
  const p22 = data["resource"];
  if (p22 === undefined) return 0;
  if (typeof p22 !== "string") return 0;
  if ((!fastPattern3.test(p22))) return 0;
  const p23 = data["resourceinstance"];
  if (p23 === undefined) return 0;
  if (p23 !== p13.slice(p13.length - 36)) {
    consistent = false;
    if (typeof p23 !== "string") return 0;
    if ((!fastPattern1(p23))) return 0;
  }
  const p24 = data["subject"];
  if (p24 === undefined) return 0;
  if (typeof p24 !== "string") return 0;
  if ((!fastPattern4.test(p24))) return 0;
  const p25 = data["datacontenttype"];
  if (p25 !== undefined) {
    if (p25 !== "application/json") return 0;
  }
  return consistent ? 2 : 1;
}

function validateFast(data) {
  if (accepts(data)) {
    validateFast.errors = null;
    return true;
  }
  const valid = validate122(data);
  validateFast.errors = validate122.errors;
  return valid;
}

export { accepts };
export const explain: CompiledValidator = validate122 as unknown as CompiledValidator;

export { verdict };
