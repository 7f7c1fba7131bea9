// This file is generated. Do not edit it by hand.
// Generator: @dialogporten-events/codegen
// Source: 17 schemas in schemas/
// Change the schema and run `pnpm generate` instead.

// @ts-nocheck
// The validator of 17 event types alike but for `type`, which it leaves unchecked.
import { formats } from "../../../../runtime/formats.js";
import type { CompiledValidator } from "../../../../runtime/validator.js";
import { ucs2length as func0 } from "../../../../runtime/ucs2length.js";
import { ucs2length } from "../../../../runtime/ucs2length.js";

export const validate: CompiledValidator = validateFast as unknown as CompiledValidator;
const pattern0 = new RegExp("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$", "");
const pattern1 = new RegExp("^urn:[a-z0-9-]{1,30}(:[a-z0-9()+,.\\-;$_!/]{1,100}){1,10}$", "");
const pattern3 = new RegExp("^urn:altinn:(person|organization):[a-z0-9-]+::?[^:\\s][^\\s]*$", "");
const formats0 = formats["date-time"];
function validate119(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
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
const err9 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/uuid/pattern",keyword:"pattern",params:{pattern: "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"}};
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
if(!(formats0(data3))){
const err12 = {instancePath:instancePath+"/time",schemaPath:"#/$defs/time/format",keyword:"format",params:{format: "date-time"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/time",schemaPath:"#/$defs/time/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.resource !== undefined){
let data4 = data.resource;
if(typeof data4 === "string"){
if(!pattern1.test(data4)){
const err14 = {instancePath:instancePath+"/resource",schemaPath:"#/$defs/resourceUrn/pattern",keyword:"pattern",params:{pattern: "^urn:[a-z0-9-]{1,30}(:[a-z0-9()+,.\\-;$_!/]{1,100}){1,10}$"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/resource",schemaPath:"#/$defs/resourceUrn/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.resourceinstance !== undefined){
let data5 = data.resourceinstance;
if(typeof data5 === "string"){
if(!pattern0.test(data5)){
const err16 = {instancePath:instancePath+"/resourceinstance",schemaPath:"#/$defs/uuid/pattern",keyword:"pattern",params:{pattern: "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/resourceinstance",schemaPath:"#/$defs/uuid/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.subject !== undefined){
let data6 = data.subject;
if(typeof data6 === "string"){
if(!pattern3.test(data6)){
const err18 = {instancePath:instancePath+"/subject",schemaPath:"#/$defs/partyUrn/pattern",keyword:"pattern",params:{pattern: "^urn:altinn:(person|organization):[a-z0-9-]+::?[^:\\s][^\\s]*$"}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/subject",schemaPath:"#/$defs/partyUrn/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.source !== undefined){
if(typeof data.source !== "string"){
const err20 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.datacontenttype !== undefined){
if(typeof data.datacontenttype !== "string"){
const err21 = {instancePath:instancePath+"/datacontenttype",schemaPath:"#/properties/datacontenttype/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
else {
const err22 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
validate119.errors = vErrors;
return errors === 0;
}
const formats4 = formats["uri-reference"];
function validate121(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.activityId === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "activityId"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.activityId !== undefined){
let data0 = data.activityId;
if(typeof data0 === "string"){
if(!pattern0.test(data0)){
const err1 = {instancePath:instancePath+"/activityId",schemaPath:"#/$defs/uuid/pattern",keyword:"pattern",params:{pattern: "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {instancePath:instancePath+"/activityId",schemaPath:"#/$defs/uuid/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.extendedActivityType !== undefined){
if(typeof data.extendedActivityType !== "string"){
const err3 = {instancePath:instancePath+"/extendedActivityType",schemaPath:"#/properties/extendedActivityType/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.process !== undefined){
let data2 = data.process;
if(typeof data2 === "string"){
if(func0(data2) > 1023){
const err4 = {instancePath:instancePath+"/process",schemaPath:"#/$defs/processUri/maxLength",keyword:"maxLength",params:{limit: 1023}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(!(formats4(data2))){
const err5 = {instancePath:instancePath+"/process",schemaPath:"#/$defs/processUri/format",keyword:"format",params:{format: "uri-reference"}};
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
const err6 = {instancePath:instancePath+"/process",schemaPath:"#/$defs/processUri/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.precedingProcess !== undefined){
let data3 = data.precedingProcess;
if(typeof data3 === "string"){
if(func0(data3) > 1023){
const err7 = {instancePath:instancePath+"/precedingProcess",schemaPath:"#/$defs/processUri/maxLength",keyword:"maxLength",params:{limit: 1023}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(!(formats4(data3))){
const err8 = {instancePath:instancePath+"/precedingProcess",schemaPath:"#/$defs/processUri/format",keyword:"format",params:{format: "uri-reference"}};
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
const err9 = {instancePath:instancePath+"/precedingProcess",schemaPath:"#/$defs/processUri/type",keyword:"type",params:{type: "string"}};
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
validate121.errors = vErrors;
return errors === 0;
}
const formats2 = formats.uri;
const pattern4 = new RegExp("^[A-Za-z][A-Za-z0-9+.-]*://", "");
function validate118(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://dialogporten-events.dev/schemas/dialogporten.dialog.activity.v1.family.schema.json" */;
let vErrors = null;
let errors = 0;
if(!(validate119(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate119.errors : vErrors.concat(validate119.errors);
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
if(data.data === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "data"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.source !== undefined){
let data0 = data.source;
if(typeof data0 === "string"){
if(!pattern4.test(data0)){
const err3 = {instancePath:instancePath+"/source",schemaPath:"_defs/dialogporten.schema.json#/$defs/activitySource/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9+.-]*://"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(!(formats2(data0))){
const err4 = {instancePath:instancePath+"/source",schemaPath:"_defs/dialogporten.schema.json#/$defs/activitySource/format",keyword:"format",params:{format: "uri"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/source",schemaPath:"_defs/dialogporten.schema.json#/$defs/activitySource/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.data !== undefined){
if(!(validate121(data.data, {instancePath:instancePath+"/data",parentData:data,parentDataProperty:"data",rootData}))){
vErrors = vErrors === null ? validate121.errors : vErrors.concat(validate121.errors);
errors = vErrors.length;
}
}
}
else {
const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate118.errors = vErrors;
return errors === 0;
}

const fastSet0 = new Uint8Array(128).fill(1, 48, 58).fill(1, 65, 71).fill(1, 97, 103);
const fastPattern0 = new RegExp("^[A-Za-z][A-Za-z0-9+.-]*://", "");
// "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$", checked by position
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
// "^urn:[a-z0-9-]{1,30}(:[a-z0-9()+,.\\-;$_!/]{1,100}){1,10}$", repetitions unrolled
const fastPattern2 = new RegExp("^urn:[-\\da-z][-\\da-z]{0,29}:[\\d!$()+,\\-./;_a-z][\\d!$()+,\\-./;_a-z]{0,99}(?::[\\d!$()+,\\-./;_a-z][\\d!$()+,\\-./;_a-z]{0,99}){0,9}$", "");
// "^urn:altinn:(person|organization):[a-z0-9-]+::?[^:\\s][^\\s]*$", repetitions unrolled
const fastPattern3 = new RegExp("^urn:altinn:(?:person|organization):[-\\da-z][-\\da-z]*::?[^\\s:]\\S*$", "");
const fastFormat0 = formats["uri"];
const fastFormat1 = formats["uri-reference"];
const fastFormat2 = formats["date-time"];
function accepts(data) {
  if (typeof data !== "object" || data === null || Array.isArray(data)) return false;
  const p0 = data["type"];
  if (p0 === undefined) return false;
  if (typeof p0 !== "string") return false;
  const p1 = data["source"];
  if (p1 === undefined) return false;
  if (typeof p1 !== "string") return false;
  if ((!fastPattern0.test(p1) || !fastFormat0(p1))) return false;
  const p2 = data["data"];
  if (p2 === undefined) return false;
  if (typeof p2 !== "object" || p2 === null || Array.isArray(p2)) return false;
  const p3 = p2["activityId"];
  if (p3 === undefined) return false;
  if (typeof p3 !== "string") return false;
  if ((!fastPattern1(p3))) return false;
  const p4 = p2["extendedActivityType"];
  if (p4 !== undefined) {
    if (typeof p4 !== "string") return false;
  }
  const p5 = p2["process"];
  if (p5 !== undefined) {
    if (typeof p5 !== "string") return false;
    if ((!fastFormat1(p5) || (p5.length > 1023 && ucs2length(p5) > 1023))) return false;
  }
  const p6 = p2["precedingProcess"];
  if (p6 !== undefined) {
    if (typeof p6 !== "string") return false;
    if ((!fastFormat1(p6) || (p6.length > 1023 && ucs2length(p6) > 1023))) return false;
  }
  const p7 = data["specversion"];
  if (p7 === undefined) return false;
  if (p7 !== "1.0") return false;
  const p8 = data["id"];
  if (p8 === undefined) return false;
  if (typeof p8 !== "string") return false;
  if ((!fastPattern1(p8))) return false;
  const p9 = data["time"];
  if (p9 === undefined) return false;
  if (typeof p9 !== "string") return false;
  if ((!fastFormat2(p9))) return false;
  const p10 = data["resource"];
  if (p10 === undefined) return false;
  if (typeof p10 !== "string") return false;
  if ((!fastPattern2.test(p10))) return false;
  const p11 = data["resourceinstance"];
  if (p11 === undefined) return false;
  if (typeof p11 !== "string") return false;
  if ((!fastPattern1(p11))) return false;
  const p12 = data["subject"];
  if (p12 === undefined) return false;
  if (typeof p12 !== "string") return false;
  if ((!fastPattern3.test(p12))) return false;
  const p13 = data["datacontenttype"];
  if (p13 !== undefined) {
    if (typeof p13 !== "string") return false;
  }
  return true;
}

function validateFast(data) {
  if (accepts(data)) {
    validateFast.errors = null;
    return true;
  }
  const valid = validate118(data);
  validateFast.errors = validate118.errors;
  return valid;
}

export { accepts };
export const explain: CompiledValidator = validate118 as unknown as CompiledValidator;
