// This file is generated. Do not edit it by hand.
// Generator: @dialogporten-events/codegen
// Source: schemas/dialogporten.dialog.restored.v1.schema.json
// Change the schema and run `pnpm generate` instead.

// @ts-nocheck
import type { CompiledValidator } from "../../../runtime/validator.js";

export const explain: CompiledValidator = validate96 as unknown as CompiledValidator;
const pattern0 = new RegExp("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", "");
const pattern1 = new RegExp("^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,7})?Z$", "");
const pattern2 = new RegExp("^urn:altinn:resource:[a-z0-9][a-z0-9_.-]{0,99}$", "");
const pattern4 = new RegExp("^urn:altinn:(person:identifier-no:[0-9]{11}|organization:identifier-no:[0-9]{9}|person:legacy-selfidentified:[^:\\s]+|person:idporten-email:[^:\\s]+(@|%40)[^:\\s]+)$", "");
function validate97(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 === "string"){
if(!pattern0.test(data0)){
const err0 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/uuid/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
}
if(data.time !== undefined){
let data1 = data.time;
if(typeof data1 === "string"){
if(!pattern1.test(data1)){
const err1 = {instancePath:instancePath+"/time",schemaPath:"#/$defs/time/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,7})?Z$"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
if(data.resource !== undefined){
let data2 = data.resource;
if(typeof data2 === "string"){
if(!pattern2.test(data2)){
const err2 = {instancePath:instancePath+"/resource",schemaPath:"#/$defs/resourceUrn/pattern",keyword:"pattern",params:{pattern: "^urn:altinn:resource:[a-z0-9][a-z0-9_.-]{0,99}$"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
if(data.resourceinstance !== undefined){
let data3 = data.resourceinstance;
if(typeof data3 === "string"){
if(!pattern0.test(data3)){
const err3 = {instancePath:instancePath+"/resourceinstance",schemaPath:"#/$defs/uuid/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
if(data.subject !== undefined){
let data4 = data.subject;
if(typeof data4 === "string"){
if(!pattern4.test(data4)){
const err4 = {instancePath:instancePath+"/subject",schemaPath:"#/$defs/partyUrn/pattern",keyword:"pattern",params:{pattern: "^urn:altinn:(person:identifier-no:[0-9]{11}|organization:identifier-no:[0-9]{9}|person:legacy-selfidentified:[^:\\s]+|person:idporten-email:[^:\\s]+(@|%40)[^:\\s]+)$"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
if(data.datacontenttype !== undefined){
if("application/json" !== data.datacontenttype){
const err5 = {instancePath:instancePath+"/datacontenttype",schemaPath:"#/properties/datacontenttype/const",keyword:"const",params:{allowedValue: "application/json"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
validate97.errors = vErrors;
return errors === 0;
}
function validate99(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
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
if(data.precedingProcess !== undefined){
if(data.process === undefined){
const err2 = {instancePath,schemaPath:"#/dependentRequired",keyword:"dependentRequired",params:{property: "precedingProcess",
    missingProperty: "process",
    depsCount: 1,
    deps: "process"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
validate99.errors = vErrors;
return errors === 0;
}
const pattern124 = new RegExp("^https://([a-z0-9.-]+(:[0-9]{1,5})?(/[A-Za-z0-9._~%-]+)*/dialogporten|localhost(:[0-9]{1,5})?)/api/v1/enduser/dialogs/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", "");
function validate96(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://dialogporten-events.dev/schemas/dialogporten.dialog.restored.v1.schema.json" */;
let vErrors = null;
let errors = 0;
if(!(validate97(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate97.errors : vErrors.concat(validate97.errors);
errors = vErrors.length;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.source !== undefined){
let data0 = data.source;
if(typeof data0 === "string"){
if(!pattern124.test(data0)){
const err0 = {instancePath:instancePath+"/source",schemaPath:"_defs/dialogporten.schema.json#/$defs/dialogSource/pattern",keyword:"pattern",params:{pattern: "^https://([a-z0-9.-]+(:[0-9]{1,5})?(/[A-Za-z0-9._~%-]+)*/dialogporten|localhost(:[0-9]{1,5})?)/api/v1/enduser/dialogs/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
else {
const err1 = {instancePath:instancePath+"/source",schemaPath:"_defs/dialogporten.schema.json#/$defs/dialogSource/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.data !== undefined){
if(!(validate99(data.data, {instancePath:instancePath+"/data",parentData:data,parentDataProperty:"data",rootData}))){
vErrors = vErrors === null ? validate99.errors : vErrors.concat(validate99.errors);
errors = vErrors.length;
}
}
}
validate96.errors = vErrors;
return errors === 0;
}
