// Generated from openapi.yaml and openapi.docusign.yaml by `npm run generate`. Do not edit: change the specs and regenerate.
'use strict';
exports.validateConnectConfiguration = validate21;
const schema32 = {"type":"object","additionalProperties":false,"required":["configurationType","urlToPublishTo","name","deliveryMode"],"properties":{"allowEnvelopePublish":{"$ref":"#/components/schemas/StringBoolean"},"allowSalesforcePublish":{"$ref":"#/components/schemas/StringBoolean"},"allUsers":{"$ref":"#/components/schemas/StringBoolean"},"allUsersExcept":{"$ref":"#/components/schemas/StringBoolean"},"configurationType":{"type":"string","enum":["custom","customrecipient"]},"deliveryMode":{"type":"string","enum":["SIM","aggregate"]},"enableLog":{"$ref":"#/components/schemas/StringBoolean"},"enableOAuthPerConfiguration":{"$ref":"#/components/schemas/StringBoolean"},"envelopeEvents":{"type":"array","minItems":1,"maxItems":5,"uniqueItems":true,"items":{"$ref":"#/components/schemas/EnvelopeEventStatus","type":"string"}},"eventData":{"$ref":"#/components/schemas/ConnectEventData"},"events":{"type":"array","minItems":1,"maxItems":26,"uniqueItems":true,"items":{"$ref":"#/components/schemas/EventName","type":"string"}},"externalFolderId":{"type":"string","maxLength":4096},"externalFolderLabel":{"type":"string","maxLength":4096},"groupIds":{"type":"array","uniqueItems":true,"maxItems":10000,"items":{"type":"string","minLength":1,"maxLength":4096}},"includeCertificateOfCompletion":{"$ref":"#/components/schemas/StringBoolean"},"includeCertSoapHeader":{"$ref":"#/components/schemas/StringBoolean"},"includeDocumentFields":{"$ref":"#/components/schemas/StringBoolean"},"includeDocuments":{"$ref":"#/components/schemas/StringBoolean"},"includeEnvelopeVoidReason":{"$ref":"#/components/schemas/StringBoolean"},"includeHMAC":{"$ref":"#/components/schemas/StringBoolean"},"includeOAuth":{"$ref":"#/components/schemas/StringBoolean"},"includeSenderAccountasCustomField":{"$ref":"#/components/schemas/StringBoolean"},"includeTimeZoneInformation":{"$ref":"#/components/schemas/StringBoolean"},"integratorManaged":{"$ref":"#/components/schemas/StringBoolean"},"name":{"type":"string","maxLength":4096,"minLength":1,"pattern":"\\S"},"oAuthConfiguration":{"$ref":"#/components/schemas/ConnectOAuthConfig"},"password":{"type":"string","maxLength":4096,"format":"password","writeOnly":true},"pausePublish":{"$ref":"#/components/schemas/StringBoolean"},"recipientEvents":{"type":"array","minItems":1,"maxItems":6,"uniqueItems":true,"items":{"$ref":"#/components/schemas/RecipientEventStatus","type":"string"}},"requireMutualTls":{"$ref":"#/components/schemas/StringBoolean"},"requiresAcknowledgement":{"$ref":"#/components/schemas/StringBoolean"},"salesforceApiVersion":{"type":"string","maxLength":4096},"salesforceAuthcode":{"type":"string","maxLength":4096,"format":"password","writeOnly":true},"salesforceCallBackUrl":{"type":"string","maxLength":4096},"salesforceDocumentsAsContentFiles":{"$ref":"#/components/schemas/StringBoolean"},"senderOverride":{"type":"string","maxLength":4096},"senderSelectableItems":{"type":"array","maxItems":1000,"items":{"type":"string","maxLength":4096}},"sfObjects":{"type":"array","maxItems":1000,"items":{"$ref":"#/components/schemas/ConnectSalesforceObject"}},"signMessageWithX509Certificate":{"$ref":"#/components/schemas/StringBoolean"},"soapNamespace":{"type":"string","maxLength":4096,"minLength":1},"urlToPublishTo":{"$ref":"#/components/schemas/HttpsUrl"},"userIds":{"type":"array","minItems":1,"maxItems":100000,"uniqueItems":true,"items":{"$ref":"#/components/schemas/UserId","type":"string"}},"userName":{"type":"string","maxLength":4096},"useSoapInterface":{"$ref":"#/components/schemas/StringBoolean"}},"allOf":[{"if":{"required":["allUsers"],"properties":{"allUsers":{"const":"true"}}},"else":{"required":["userIds"]}},{"if":{"required":["deliveryMode","eventData"],"properties":{"deliveryMode":{"const":"SIM"},"eventData":{"type":"object","required":["version"],"properties":{"version":{"const":"restv2.1"}}}}},"then":{"required":["events"],"properties":{"envelopeEvents":false,"recipientEvents":false}},"else":{"anyOf":[{"required":["envelopeEvents"]},{"required":["recipientEvents"]}],"properties":{"events":false}}},{"if":{"required":["configurationType"],"properties":{"configurationType":{"const":"customrecipient"}}},"then":{"required":["eventData"],"properties":{"eventData":{"type":"object","required":["version"]},"events":{"type":"array","items":{"$ref":"#/components/schemas/RecipientEventName"}},"envelopeEvents":false}}},{"if":{"required":["useSoapInterface"],"properties":{"useSoapInterface":{"const":"true"}}},"then":{"required":["soapNamespace"]}},{"if":{"required":["enableOAuthPerConfiguration"],"properties":{"enableOAuthPerConfiguration":{"const":"true"}}},"then":{"required":["oAuthConfiguration"]}}]};
const schema33 = {"type":"string","enum":["recipient-sent","recipient-autoresponded","recipient-delivered","recipient-completed","recipient-declined","recipient-authenticationfailed","recipient-resent","recipient-delegate","recipient-reassign","recipient-finish-later"]};
const schema34 = {"type":"string","enum":["true","false"]};
const schema40 = {"type":"string","enum":["Sent","Delivered","Completed","Declined","Voided"]};
const schema43 = {"type":"string","enum":["envelope-created","envelope-sent","envelope-resent","envelope-delivered","envelope-completed","envelope-declined","envelope-voided","envelope-corrected","envelope-purge","envelope-deleted","envelope-discard","recipient-sent","recipient-autoresponded","recipient-delivered","recipient-completed","recipient-declined","recipient-authenticationfailed","recipient-resent","recipient-delegate","recipient-reassign","recipient-finish-later","template-created","template-modified","template-deleted","click-agreed","click-declined"]};
const schema57 = {"type":"string","enum":["Sent","Delivered","Completed","Declined","AuthenticationFailed","AutoResponded"]};
const schema55 = {"type":"string","format":"uri","pattern":"^https://[^\\s/?#@]+(?:[/?#]\\S*)?$","maxLength":4096};
const schema69 = {"type":"string","format":"uuid"};
const func1 = Object.prototype.hasOwnProperty;
const func2 = require("ajv/dist/runtime/ucs2length").default;
const schema41 = {"type":"object","additionalProperties":false,"properties":{"version":{"type":"string","enum":["restv2.1"]},"format":{"type":"string","enum":["json"]},"includeData":{"type":"array","uniqueItems":true,"maxItems":10,"items":{"$ref":"#/components/schemas/IncludeDataItem","type":"string"}}}};
const schema42 = {"type":"string","enum":["attachments","custom_fields","documents","extensions","folders","payment_tabs","powerform","prefill_tabs","recipients","tabs"]};

function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate22.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((key0 === "version") || (key0 === "format")) || (key0 === "includeData"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.version !== undefined){
let data0 = data.version;
if(typeof data0 !== "string"){
const err1 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(!(data0 === "restv2.1")){
const err2 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/enum",keyword:"enum",params:{allowedValues: schema41.properties.version.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.format !== undefined){
let data1 = data.format;
if(typeof data1 !== "string"){
const err3 = {instancePath:instancePath+"/format",schemaPath:"#/properties/format/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(!(data1 === "json")){
const err4 = {instancePath:instancePath+"/format",schemaPath:"#/properties/format/enum",keyword:"enum",params:{allowedValues: schema41.properties.format.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.includeData !== undefined){
let data2 = data.includeData;
if(Array.isArray(data2)){
if(data2.length > 10){
const err5 = {instancePath:instancePath+"/includeData",schemaPath:"#/properties/includeData/maxItems",keyword:"maxItems",params:{limit: 10},message:"must NOT have more than 10 items"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
if(typeof data3 !== "string"){
const err6 = {instancePath:instancePath+"/includeData/" + i0,schemaPath:"#/properties/includeData/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(typeof data3 !== "string"){
const err7 = {instancePath:instancePath+"/includeData/" + i0,schemaPath:"#/components/schemas/IncludeDataItem/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(!((((((((((data3 === "attachments") || (data3 === "custom_fields")) || (data3 === "documents")) || (data3 === "extensions")) || (data3 === "folders")) || (data3 === "payment_tabs")) || (data3 === "powerform")) || (data3 === "prefill_tabs")) || (data3 === "recipients")) || (data3 === "tabs"))){
const err8 = {instancePath:instancePath+"/includeData/" + i0,schemaPath:"#/components/schemas/IncludeDataItem/enum",keyword:"enum",params:{allowedValues: schema42.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
let i1 = data2.length;
let j0;
if(i1 > 1){
const seen0 = new Map();
for(;i1--;){
let item0 = data2[i1];
if(typeof item0 !== "string"){
continue;
}
j0 = seen0.get(item0);
if(j0 !== undefined){
const err9 = {instancePath:instancePath+"/includeData",schemaPath:"#/properties/includeData/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
break;
}
seen0.set(item0, i1);
}
}
}
else {
const err10 = {instancePath:instancePath+"/includeData",schemaPath:"#/properties/includeData/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
else {
const err11 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
validate22.errors = vErrors;
return errors === 0;
}
validate22.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema54 = {"type":"object","additionalProperties":false,"required":["authorizationServerUrl","clientId","clientSecret"],"properties":{"authorizationServerUrl":{"$ref":"#/components/schemas/HttpsUrl"},"clientId":{"type":"string","maxLength":4096,"minLength":1},"clientSecret":{"type":"string","maxLength":4096,"format":"password","writeOnly":true,"minLength":1},"scope":{"type":"string","maxLength":4096},"customParameters":{"type":"object","maxProperties":100,"propertyNames":{"maxLength":4096},"additionalProperties":{"type":"string","maxLength":4096}}}};
const formats0 = require("ajv-formats/dist/formats").fullFormats.uri;
const pattern5 = new RegExp("^https://[^\\s/?#@]+(?:[/?#]\\S*)?$", "u");

function validate24(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate24.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.authorizationServerUrl === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "authorizationServerUrl"},message:"must have required property '"+"authorizationServerUrl"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.clientId === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "clientId"},message:"must have required property '"+"clientId"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.clientSecret === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "clientSecret"},message:"must have required property '"+"clientSecret"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "authorizationServerUrl") || (key0 === "clientId")) || (key0 === "clientSecret")) || (key0 === "scope")) || (key0 === "customParameters"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.authorizationServerUrl !== undefined){
let data0 = data.authorizationServerUrl;
if(typeof data0 === "string"){
if(func2(data0) > 4096){
const err4 = {instancePath:instancePath+"/authorizationServerUrl",schemaPath:"#/components/schemas/HttpsUrl/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(!pattern5.test(data0)){
const err5 = {instancePath:instancePath+"/authorizationServerUrl",schemaPath:"#/components/schemas/HttpsUrl/pattern",keyword:"pattern",params:{pattern: "^https://[^\\s/?#@]+(?:[/?#]\\S*)?$"},message:"must match pattern \""+"^https://[^\\s/?#@]+(?:[/?#]\\S*)?$"+"\""};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(!(formats0(data0))){
const err6 = {instancePath:instancePath+"/authorizationServerUrl",schemaPath:"#/components/schemas/HttpsUrl/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""};
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
const err7 = {instancePath:instancePath+"/authorizationServerUrl",schemaPath:"#/components/schemas/HttpsUrl/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.clientId !== undefined){
let data1 = data.clientId;
if(typeof data1 === "string"){
if(func2(data1) > 4096){
const err8 = {instancePath:instancePath+"/clientId",schemaPath:"#/properties/clientId/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(func2(data1) < 1){
const err9 = {instancePath:instancePath+"/clientId",schemaPath:"#/properties/clientId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err10 = {instancePath:instancePath+"/clientId",schemaPath:"#/properties/clientId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.clientSecret !== undefined){
let data2 = data.clientSecret;
if(typeof data2 === "string"){
if(func2(data2) > 4096){
const err11 = {instancePath:instancePath+"/clientSecret",schemaPath:"#/properties/clientSecret/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(func2(data2) < 1){
const err12 = {instancePath:instancePath+"/clientSecret",schemaPath:"#/properties/clientSecret/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err13 = {instancePath:instancePath+"/clientSecret",schemaPath:"#/properties/clientSecret/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.scope !== undefined){
let data3 = data.scope;
if(typeof data3 === "string"){
if(func2(data3) > 4096){
const err14 = {instancePath:instancePath+"/scope",schemaPath:"#/properties/scope/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters"};
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
const err15 = {instancePath:instancePath+"/scope",schemaPath:"#/properties/scope/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.customParameters !== undefined){
let data4 = data.customParameters;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(Object.keys(data4).length > 100){
const err16 = {instancePath:instancePath+"/customParameters",schemaPath:"#/properties/customParameters/maxProperties",keyword:"maxProperties",params:{limit: 100},message:"must NOT have more than 100 properties"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
for(const key1 in data4){
const _errs13 = errors;
if(typeof key1 === "string"){
if(func2(key1) > 4096){
const err17 = {instancePath:instancePath+"/customParameters",schemaPath:"#/properties/customParameters/propertyNames/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters",propertyName:key1};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
var valid2 = _errs13 === errors;
if(!valid2){
const err18 = {instancePath:instancePath+"/customParameters",schemaPath:"#/properties/customParameters/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
for(const key2 in data4){
let data5 = data4[key2];
if(typeof data5 === "string"){
if(func2(data5) > 4096){
const err19 = {instancePath:instancePath+"/customParameters/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/customParameters/additionalProperties/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters"};
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
const err20 = {instancePath:instancePath+"/customParameters/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/customParameters/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
else {
const err21 = {instancePath:instancePath+"/customParameters",schemaPath:"#/properties/customParameters/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err22 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
validate24.errors = vErrors;
return errors === 0;
}
validate24.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema61 = {"type":"object","additionalProperties":false,"properties":{"active":{"$ref":"#/components/schemas/StringBoolean"},"description":{"type":"string","maxLength":4096},"id":{"type":"string","maxLength":4096},"insert":{"$ref":"#/components/schemas/StringBoolean"},"onCompleteOnly":{"$ref":"#/components/schemas/StringBoolean"},"selectFields":{"type":"array","maxItems":1000,"items":{"$ref":"#/components/schemas/ConnectSalesforceField"}},"sfObject":{"type":"string","maxLength":4096},"sfObjectName":{"type":"string","maxLength":4096},"updateFields":{"type":"array","maxItems":1000,"items":{"$ref":"#/components/schemas/ConnectSalesforceField"}}}};
const schema65 = {"type":"object","additionalProperties":false,"properties":{"dsAttribute":{"type":"string","maxLength":4096},"dsLink":{"type":"string","maxLength":4096},"dsNode":{"type":"string","maxLength":4096},"id":{"type":"string","maxLength":4096},"sfField":{"type":"string","maxLength":4096},"sfFieldName":{"type":"string","maxLength":4096},"sfFolder":{"type":"string","maxLength":4096},"sfLockedValue":{"type":"string","maxLength":4096}}};

function validate26(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate26.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func1.call(schema61.properties, key0))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.active !== undefined){
let data0 = data.active;
if(typeof data0 !== "string"){
const err1 = {instancePath:instancePath+"/active",schemaPath:"#/components/schemas/StringBoolean/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(!((data0 === "true") || (data0 === "false"))){
const err2 = {instancePath:instancePath+"/active",schemaPath:"#/components/schemas/StringBoolean/enum",keyword:"enum",params:{allowedValues: schema34.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.description !== undefined){
let data1 = data.description;
if(typeof data1 === "string"){
if(func2(data1) > 4096){
const err3 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters"};
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
const err4 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
let data2 = data.id;
if(typeof data2 === "string"){
if(func2(data2) > 4096){
const err5 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters"};
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
const err6 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.insert !== undefined){
let data3 = data.insert;
if(typeof data3 !== "string"){
const err7 = {instancePath:instancePath+"/insert",schemaPath:"#/components/schemas/StringBoolean/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(!((data3 === "true") || (data3 === "false"))){
const err8 = {instancePath:instancePath+"/insert",schemaPath:"#/components/schemas/StringBoolean/enum",keyword:"enum",params:{allowedValues: schema34.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.onCompleteOnly !== undefined){
let data4 = data.onCompleteOnly;
if(typeof data4 !== "string"){
const err9 = {instancePath:instancePath+"/onCompleteOnly",schemaPath:"#/components/schemas/StringBoolean/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(!((data4 === "true") || (data4 === "false"))){
const err10 = {instancePath:instancePath+"/onCompleteOnly",schemaPath:"#/components/schemas/StringBoolean/enum",keyword:"enum",params:{allowedValues: schema34.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.selectFields !== undefined){
let data5 = data.selectFields;
if(Array.isArray(data5)){
if(data5.length > 1000){
const err11 = {instancePath:instancePath+"/selectFields",schemaPath:"#/properties/selectFields/maxItems",keyword:"maxItems",params:{limit: 1000},message:"must NOT have more than 1000 items"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
const len0 = data5.length;
for(let i0=0; i0<len0; i0++){
let data6 = data5[i0];
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
for(const key1 in data6){
if(!((((((((key1 === "dsAttribute") || (key1 === "dsLink")) || (key1 === "dsNode")) || (key1 === "id")) || (key1 === "sfField")) || (key1 === "sfFieldName")) || (key1 === "sfFolder")) || (key1 === "sfLockedValue"))){
const err12 = {instancePath:instancePath+"/selectFields/" + i0,schemaPath:"#/components/schemas/ConnectSalesforceField/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data6.dsAttribute !== undefined){
let data7 = data6.dsAttribute;
if(typeof data7 === "string"){
if(func2(data7) > 4096){
const err13 = {instancePath:instancePath+"/selectFields/" + i0+"/dsAttribute",schemaPath:"#/components/schemas/ConnectSalesforceField/properties/dsAttribute/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters"};
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
const err14 = {instancePath:instancePath+"/selectFields/" + i0+"/dsAttribute",schemaPath:"#/components/schemas/ConnectSalesforceField/properties/dsAttribute/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data6.dsLink !== undefined){
let data8 = data6.dsLink;
if(typeof data8 === "string"){
if(func2(data8) > 4096){
const err15 = {instancePath:instancePath+"/selectFields/" + i0+"/dsLink",schemaPath:"#/components/schemas/ConnectSalesforceField/properties/dsLink/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters"};
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
const err16 = {instancePath:instancePath+"/selectFields/" + i0+"/dsLink",schemaPath:"#/components/schemas/ConnectSalesforceField/properties/dsLink/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data6.dsNode !== undefined){
let data9 = data6.dsNode;
if(typeof data9 === "string"){
if(func2(data9) > 4096){
const err17 = {instancePath:instancePath+"/selectFields/" + i0+"/dsNode",schemaPath:"#/components/schemas/ConnectSalesforceField/properties/dsNode/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters"};
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
const err18 = {instancePath:instancePath+"/selectFields/" + i0+"/dsNode",schemaPath:"#/components/schemas/ConnectSalesforceField/properties/dsNode/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data6.id !== undefined){
let data10 = data6.id;
if(typeof data10 === "string"){
if(func2(data10) > 4096){
const err19 = {instancePath:instancePath+"/selectFields/" + i0+"/id",schemaPath:"#/components/schemas/ConnectSalesforceField/properties/id/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters"};
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
const err20 = {instancePath:instancePath+"/selectFields/" + i0+"/id",schemaPath:"#/components/schemas/ConnectSalesforceField/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data6.sfField !== undefined){
let data11 = data6.sfField;
if(typeof data11 === "string"){
if(func2(data11) > 4096){
const err21 = {instancePath:instancePath+"/selectFields/" + i0+"/sfField",schemaPath:"#/components/schemas/ConnectSalesforceField/properties/sfField/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/selectFields/" + i0+"/sfField",schemaPath:"#/components/schemas/ConnectSalesforceField/properties/sfField/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data6.sfFieldName !== undefined){
let data12 = data6.sfFieldName;
if(typeof data12 === "string"){
if(func2(data12) > 4096){
const err23 = {instancePath:instancePath+"/selectFields/" + i0+"/sfFieldName",schemaPath:"#/components/schemas/ConnectSalesforceField/properties/sfFieldName/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
else {
const err24 = {instancePath:instancePath+"/selectFields/" + i0+"/sfFieldName",schemaPath:"#/components/schemas/ConnectSalesforceField/properties/sfFieldName/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data6.sfFolder !== undefined){
let data13 = data6.sfFolder;
if(typeof data13 === "string"){
if(func2(data13) > 4096){
const err25 = {instancePath:instancePath+"/selectFields/" + i0+"/sfFolder",schemaPath:"#/components/schemas/ConnectSalesforceField/properties/sfFolder/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
else {
const err26 = {instancePath:instancePath+"/selectFields/" + i0+"/sfFolder",schemaPath:"#/components/schemas/ConnectSalesforceField/properties/sfFolder/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data6.sfLockedValue !== undefined){
let data14 = data6.sfLockedValue;
if(typeof data14 === "string"){
if(func2(data14) > 4096){
const err27 = {instancePath:instancePath+"/selectFields/" + i0+"/sfLockedValue",schemaPath:"#/components/schemas/ConnectSalesforceField/properties/sfLockedValue/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
else {
const err28 = {instancePath:instancePath+"/selectFields/" + i0+"/sfLockedValue",schemaPath:"#/components/schemas/ConnectSalesforceField/properties/sfLockedValue/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
}
else {
const err29 = {instancePath:instancePath+"/selectFields/" + i0,schemaPath:"#/components/schemas/ConnectSalesforceField/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
}
else {
const err30 = {instancePath:instancePath+"/selectFields",schemaPath:"#/properties/selectFields/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data.sfObject !== undefined){
let data15 = data.sfObject;
if(typeof data15 === "string"){
if(func2(data15) > 4096){
const err31 = {instancePath:instancePath+"/sfObject",schemaPath:"#/properties/sfObject/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
else {
const err32 = {instancePath:instancePath+"/sfObject",schemaPath:"#/properties/sfObject/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data.sfObjectName !== undefined){
let data16 = data.sfObjectName;
if(typeof data16 === "string"){
if(func2(data16) > 4096){
const err33 = {instancePath:instancePath+"/sfObjectName",schemaPath:"#/properties/sfObjectName/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
else {
const err34 = {instancePath:instancePath+"/sfObjectName",schemaPath:"#/properties/sfObjectName/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data.updateFields !== undefined){
let data17 = data.updateFields;
if(Array.isArray(data17)){
if(data17.length > 1000){
const err35 = {instancePath:instancePath+"/updateFields",schemaPath:"#/properties/updateFields/maxItems",keyword:"maxItems",params:{limit: 1000},message:"must NOT have more than 1000 items"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
const len1 = data17.length;
for(let i1=0; i1<len1; i1++){
let data18 = data17[i1];
if(data18 && typeof data18 == "object" && !Array.isArray(data18)){
for(const key2 in data18){
if(!((((((((key2 === "dsAttribute") || (key2 === "dsLink")) || (key2 === "dsNode")) || (key2 === "id")) || (key2 === "sfField")) || (key2 === "sfFieldName")) || (key2 === "sfFolder")) || (key2 === "sfLockedValue"))){
const err36 = {instancePath:instancePath+"/updateFields/" + i1,schemaPath:"#/components/schemas/ConnectSalesforceField/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data18.dsAttribute !== undefined){
let data19 = data18.dsAttribute;
if(typeof data19 === "string"){
if(func2(data19) > 4096){
const err37 = {instancePath:instancePath+"/updateFields/" + i1+"/dsAttribute",schemaPath:"#/components/schemas/ConnectSalesforceField/properties/dsAttribute/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
else {
const err38 = {instancePath:instancePath+"/updateFields/" + i1+"/dsAttribute",schemaPath:"#/components/schemas/ConnectSalesforceField/properties/dsAttribute/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data18.dsLink !== undefined){
let data20 = data18.dsLink;
if(typeof data20 === "string"){
if(func2(data20) > 4096){
const err39 = {instancePath:instancePath+"/updateFields/" + i1+"/dsLink",schemaPath:"#/components/schemas/ConnectSalesforceField/properties/dsLink/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
else {
const err40 = {instancePath:instancePath+"/updateFields/" + i1+"/dsLink",schemaPath:"#/components/schemas/ConnectSalesforceField/properties/dsLink/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data18.dsNode !== undefined){
let data21 = data18.dsNode;
if(typeof data21 === "string"){
if(func2(data21) > 4096){
const err41 = {instancePath:instancePath+"/updateFields/" + i1+"/dsNode",schemaPath:"#/components/schemas/ConnectSalesforceField/properties/dsNode/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
else {
const err42 = {instancePath:instancePath+"/updateFields/" + i1+"/dsNode",schemaPath:"#/components/schemas/ConnectSalesforceField/properties/dsNode/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data18.id !== undefined){
let data22 = data18.id;
if(typeof data22 === "string"){
if(func2(data22) > 4096){
const err43 = {instancePath:instancePath+"/updateFields/" + i1+"/id",schemaPath:"#/components/schemas/ConnectSalesforceField/properties/id/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
else {
const err44 = {instancePath:instancePath+"/updateFields/" + i1+"/id",schemaPath:"#/components/schemas/ConnectSalesforceField/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data18.sfField !== undefined){
let data23 = data18.sfField;
if(typeof data23 === "string"){
if(func2(data23) > 4096){
const err45 = {instancePath:instancePath+"/updateFields/" + i1+"/sfField",schemaPath:"#/components/schemas/ConnectSalesforceField/properties/sfField/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
else {
const err46 = {instancePath:instancePath+"/updateFields/" + i1+"/sfField",schemaPath:"#/components/schemas/ConnectSalesforceField/properties/sfField/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(data18.sfFieldName !== undefined){
let data24 = data18.sfFieldName;
if(typeof data24 === "string"){
if(func2(data24) > 4096){
const err47 = {instancePath:instancePath+"/updateFields/" + i1+"/sfFieldName",schemaPath:"#/components/schemas/ConnectSalesforceField/properties/sfFieldName/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
else {
const err48 = {instancePath:instancePath+"/updateFields/" + i1+"/sfFieldName",schemaPath:"#/components/schemas/ConnectSalesforceField/properties/sfFieldName/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
if(data18.sfFolder !== undefined){
let data25 = data18.sfFolder;
if(typeof data25 === "string"){
if(func2(data25) > 4096){
const err49 = {instancePath:instancePath+"/updateFields/" + i1+"/sfFolder",schemaPath:"#/components/schemas/ConnectSalesforceField/properties/sfFolder/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
else {
const err50 = {instancePath:instancePath+"/updateFields/" + i1+"/sfFolder",schemaPath:"#/components/schemas/ConnectSalesforceField/properties/sfFolder/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
if(data18.sfLockedValue !== undefined){
let data26 = data18.sfLockedValue;
if(typeof data26 === "string"){
if(func2(data26) > 4096){
const err51 = {instancePath:instancePath+"/updateFields/" + i1+"/sfLockedValue",schemaPath:"#/components/schemas/ConnectSalesforceField/properties/sfLockedValue/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
else {
const err52 = {instancePath:instancePath+"/updateFields/" + i1+"/sfLockedValue",schemaPath:"#/components/schemas/ConnectSalesforceField/properties/sfLockedValue/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
}
else {
const err53 = {instancePath:instancePath+"/updateFields/" + i1,schemaPath:"#/components/schemas/ConnectSalesforceField/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
}
else {
const err54 = {instancePath:instancePath+"/updateFields",schemaPath:"#/properties/updateFields/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
}
else {
const err55 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
validate26.errors = vErrors;
return errors === 0;
}
validate26.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const pattern4 = new RegExp("\\S", "u");
const formats4 = /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i;

function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate21.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs2 = errors;
let valid1 = true;
const _errs3 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.allUsers === undefined) && (missing0 = "allUsers")){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
if(data.allUsers !== undefined){
if("true" !== data.allUsers){
const err1 = {};
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
}
var _valid0 = _errs3 === errors;
errors = _errs2;
if(vErrors !== null){
if(_errs2){
vErrors.length = _errs2;
}
else {
vErrors = null;
}
}
if(!_valid0){
const _errs5 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.userIds === undefined){
const err2 = {instancePath,schemaPath:"#/allOf/0/else/required",keyword:"required",params:{missingProperty: "userIds"},message:"must have required property '"+"userIds"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
var _valid0 = _errs5 === errors;
valid1 = _valid0;
}
if(!valid1){
const err3 = {instancePath,schemaPath:"#/allOf/0/if",keyword:"if",params:{failingKeyword: "else"},message:"must match \"else\" schema"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
const _errs7 = errors;
let valid3 = true;
const _errs8 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing1;
if(((data.deliveryMode === undefined) && (missing1 = "deliveryMode")) || ((data.eventData === undefined) && (missing1 = "eventData"))){
const err4 = {};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
else {
if(data.deliveryMode !== undefined){
const _errs9 = errors;
if("SIM" !== data.deliveryMode){
const err5 = {};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
var valid4 = _errs9 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data.eventData !== undefined){
let data2 = data.eventData;
const _errs10 = errors;
if(errors === _errs10){
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
let missing2;
if((data2.version === undefined) && (missing2 = "version")){
const err6 = {};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
else {
if(data2.version !== undefined){
if("restv2.1" !== data2.version){
const err7 = {};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
}
else {
const err8 = {};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
var valid4 = _errs10 === errors;
}
else {
var valid4 = true;
}
}
}
}
var _valid1 = _errs8 === errors;
errors = _errs7;
if(vErrors !== null){
if(_errs7){
vErrors.length = _errs7;
}
else {
vErrors = null;
}
}
let ifClause0;
if(_valid1){
const _errs13 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.events === undefined){
const err9 = {instancePath,schemaPath:"#/allOf/1/then/required",keyword:"required",params:{missingProperty: "events"},message:"must have required property '"+"events"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data.envelopeEvents !== undefined){
const err10 = {instancePath:instancePath+"/envelopeEvents",schemaPath:"#/allOf/1/then/properties/envelopeEvents/false schema",keyword:"false schema",params:{},message:"boolean schema is false"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data.recipientEvents !== undefined){
const err11 = {instancePath:instancePath+"/recipientEvents",schemaPath:"#/allOf/1/then/properties/recipientEvents/false schema",keyword:"false schema",params:{},message:"boolean schema is false"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
var _valid1 = _errs13 === errors;
valid3 = _valid1;
if(valid3){
var props0 = {};
props0.envelopeEvents = true;
props0.recipientEvents = true;
props0.deliveryMode = true;
props0.eventData = true;
}
ifClause0 = "then";
}
else {
const _errs14 = errors;
const _errs15 = errors;
let valid7 = false;
const _errs16 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.envelopeEvents === undefined){
const err12 = {instancePath,schemaPath:"#/allOf/1/else/anyOf/0/required",keyword:"required",params:{missingProperty: "envelopeEvents"},message:"must have required property '"+"envelopeEvents"+"'"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
var _valid2 = _errs16 === errors;
valid7 = valid7 || _valid2;
const _errs17 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.recipientEvents === undefined){
const err13 = {instancePath,schemaPath:"#/allOf/1/else/anyOf/1/required",keyword:"required",params:{missingProperty: "recipientEvents"},message:"must have required property '"+"recipientEvents"+"'"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
var _valid2 = _errs17 === errors;
valid7 = valid7 || _valid2;
if(!valid7){
const err14 = {instancePath,schemaPath:"#/allOf/1/else/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
else {
errors = _errs15;
if(vErrors !== null){
if(_errs15){
vErrors.length = _errs15;
}
else {
vErrors = null;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.events !== undefined){
const err15 = {instancePath:instancePath+"/events",schemaPath:"#/allOf/1/else/properties/events/false schema",keyword:"false schema",params:{},message:"boolean schema is false"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
var _valid1 = _errs14 === errors;
valid3 = _valid1;
if(valid3){
if(props0 !== true){
props0 = props0 || {};
props0.events = true;
}
}
ifClause0 = "else";
}
if(!valid3){
const err16 = {instancePath,schemaPath:"#/allOf/1/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(props0 !== true){
props0 = props0 || {};
props0.allUsers = true;
}
const _errs19 = errors;
let valid9 = true;
const _errs20 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing3;
if((data.configurationType === undefined) && (missing3 = "configurationType")){
const err17 = {};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
else {
if(data.configurationType !== undefined){
if("customrecipient" !== data.configurationType){
const err18 = {};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
}
var _valid3 = _errs20 === errors;
errors = _errs19;
if(vErrors !== null){
if(_errs19){
vErrors.length = _errs19;
}
else {
vErrors = null;
}
}
if(_valid3){
const _errs22 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.eventData === undefined){
const err19 = {instancePath,schemaPath:"#/allOf/2/then/required",keyword:"required",params:{missingProperty: "eventData"},message:"must have required property '"+"eventData"+"'"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(data.eventData !== undefined){
let data8 = data.eventData;
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
if(data8.version === undefined){
const err20 = {instancePath:instancePath+"/eventData",schemaPath:"#/allOf/2/then/properties/eventData/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/eventData",schemaPath:"#/allOf/2/then/properties/eventData/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.events !== undefined){
let data9 = data.events;
if(Array.isArray(data9)){
const len0 = data9.length;
for(let i0=0; i0<len0; i0++){
let data10 = data9[i0];
if(typeof data10 !== "string"){
const err22 = {instancePath:instancePath+"/events/" + i0,schemaPath:"#/components/schemas/RecipientEventName/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(!((((((((((data10 === "recipient-sent") || (data10 === "recipient-autoresponded")) || (data10 === "recipient-delivered")) || (data10 === "recipient-completed")) || (data10 === "recipient-declined")) || (data10 === "recipient-authenticationfailed")) || (data10 === "recipient-resent")) || (data10 === "recipient-delegate")) || (data10 === "recipient-reassign")) || (data10 === "recipient-finish-later"))){
const err23 = {instancePath:instancePath+"/events/" + i0,schemaPath:"#/components/schemas/RecipientEventName/enum",keyword:"enum",params:{allowedValues: schema33.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
}
else {
const err24 = {instancePath:instancePath+"/events",schemaPath:"#/allOf/2/then/properties/events/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.envelopeEvents !== undefined){
const err25 = {instancePath:instancePath+"/envelopeEvents",schemaPath:"#/allOf/2/then/properties/envelopeEvents/false schema",keyword:"false schema",params:{},message:"boolean schema is false"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
var _valid3 = _errs22 === errors;
valid9 = _valid3;
if(valid9){
var props1 = {};
props1.eventData = true;
props1.events = true;
props1.envelopeEvents = true;
props1.configurationType = true;
}
}
if(!valid9){
const err26 = {instancePath,schemaPath:"#/allOf/2/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(props0 !== true && props1 !== undefined){
if(props1 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props1);
}
}
const _errs31 = errors;
let valid15 = true;
const _errs32 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing4;
if((data.useSoapInterface === undefined) && (missing4 = "useSoapInterface")){
const err27 = {};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
else {
if(data.useSoapInterface !== undefined){
if("true" !== data.useSoapInterface){
const err28 = {};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
}
}
var _valid4 = _errs32 === errors;
errors = _errs31;
if(vErrors !== null){
if(_errs31){
vErrors.length = _errs31;
}
else {
vErrors = null;
}
}
if(_valid4){
const _errs34 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.soapNamespace === undefined){
const err29 = {instancePath,schemaPath:"#/allOf/3/then/required",keyword:"required",params:{missingProperty: "soapNamespace"},message:"must have required property '"+"soapNamespace"+"'"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
var _valid4 = _errs34 === errors;
valid15 = _valid4;
}
if(!valid15){
const err30 = {instancePath,schemaPath:"#/allOf/3/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if(props0 !== true){
props0 = props0 || {};
props0.useSoapInterface = true;
}
const _errs36 = errors;
let valid17 = true;
const _errs37 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing5;
if((data.enableOAuthPerConfiguration === undefined) && (missing5 = "enableOAuthPerConfiguration")){
const err31 = {};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
else {
if(data.enableOAuthPerConfiguration !== undefined){
if("true" !== data.enableOAuthPerConfiguration){
const err32 = {};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
}
}
var _valid5 = _errs37 === errors;
errors = _errs36;
if(vErrors !== null){
if(_errs36){
vErrors.length = _errs36;
}
else {
vErrors = null;
}
}
if(_valid5){
const _errs39 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.oAuthConfiguration === undefined){
const err33 = {instancePath,schemaPath:"#/allOf/4/then/required",keyword:"required",params:{missingProperty: "oAuthConfiguration"},message:"must have required property '"+"oAuthConfiguration"+"'"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
var _valid5 = _errs39 === errors;
valid17 = _valid5;
}
if(!valid17){
const err34 = {instancePath,schemaPath:"#/allOf/4/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
if(props0 !== true){
props0 = props0 || {};
props0.enableOAuthPerConfiguration = true;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.configurationType === undefined){
const err35 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "configurationType"},message:"must have required property '"+"configurationType"+"'"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
if(data.urlToPublishTo === undefined){
const err36 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "urlToPublishTo"},message:"must have required property '"+"urlToPublishTo"+"'"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if(data.name === undefined){
const err37 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
if(data.deliveryMode === undefined){
const err38 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "deliveryMode"},message:"must have required property '"+"deliveryMode"+"'"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema32.properties, key0))){
const err39 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data.allowEnvelopePublish !== undefined){
let data14 = data.allowEnvelopePublish;
if(typeof data14 !== "string"){
const err40 = {instancePath:instancePath+"/allowEnvelopePublish",schemaPath:"#/components/schemas/StringBoolean/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
if(!((data14 === "true") || (data14 === "false"))){
const err41 = {instancePath:instancePath+"/allowEnvelopePublish",schemaPath:"#/components/schemas/StringBoolean/enum",keyword:"enum",params:{allowedValues: schema34.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data.allowSalesforcePublish !== undefined){
let data15 = data.allowSalesforcePublish;
if(typeof data15 !== "string"){
const err42 = {instancePath:instancePath+"/allowSalesforcePublish",schemaPath:"#/components/schemas/StringBoolean/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
if(!((data15 === "true") || (data15 === "false"))){
const err43 = {instancePath:instancePath+"/allowSalesforcePublish",schemaPath:"#/components/schemas/StringBoolean/enum",keyword:"enum",params:{allowedValues: schema34.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data.allUsers !== undefined){
let data16 = data.allUsers;
if(typeof data16 !== "string"){
const err44 = {instancePath:instancePath+"/allUsers",schemaPath:"#/components/schemas/StringBoolean/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
if(!((data16 === "true") || (data16 === "false"))){
const err45 = {instancePath:instancePath+"/allUsers",schemaPath:"#/components/schemas/StringBoolean/enum",keyword:"enum",params:{allowedValues: schema34.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data.allUsersExcept !== undefined){
let data17 = data.allUsersExcept;
if(typeof data17 !== "string"){
const err46 = {instancePath:instancePath+"/allUsersExcept",schemaPath:"#/components/schemas/StringBoolean/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
if(!((data17 === "true") || (data17 === "false"))){
const err47 = {instancePath:instancePath+"/allUsersExcept",schemaPath:"#/components/schemas/StringBoolean/enum",keyword:"enum",params:{allowedValues: schema34.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data.configurationType !== undefined){
let data18 = data.configurationType;
if(typeof data18 !== "string"){
const err48 = {instancePath:instancePath+"/configurationType",schemaPath:"#/properties/configurationType/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
if(!((data18 === "custom") || (data18 === "customrecipient"))){
const err49 = {instancePath:instancePath+"/configurationType",schemaPath:"#/properties/configurationType/enum",keyword:"enum",params:{allowedValues: schema32.properties.configurationType.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
if(data.deliveryMode !== undefined){
let data19 = data.deliveryMode;
if(typeof data19 !== "string"){
const err50 = {instancePath:instancePath+"/deliveryMode",schemaPath:"#/properties/deliveryMode/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
if(!((data19 === "SIM") || (data19 === "aggregate"))){
const err51 = {instancePath:instancePath+"/deliveryMode",schemaPath:"#/properties/deliveryMode/enum",keyword:"enum",params:{allowedValues: schema32.properties.deliveryMode.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
if(data.enableLog !== undefined){
let data20 = data.enableLog;
if(typeof data20 !== "string"){
const err52 = {instancePath:instancePath+"/enableLog",schemaPath:"#/components/schemas/StringBoolean/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
if(!((data20 === "true") || (data20 === "false"))){
const err53 = {instancePath:instancePath+"/enableLog",schemaPath:"#/components/schemas/StringBoolean/enum",keyword:"enum",params:{allowedValues: schema34.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
if(data.enableOAuthPerConfiguration !== undefined){
let data21 = data.enableOAuthPerConfiguration;
if(typeof data21 !== "string"){
const err54 = {instancePath:instancePath+"/enableOAuthPerConfiguration",schemaPath:"#/components/schemas/StringBoolean/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
if(!((data21 === "true") || (data21 === "false"))){
const err55 = {instancePath:instancePath+"/enableOAuthPerConfiguration",schemaPath:"#/components/schemas/StringBoolean/enum",keyword:"enum",params:{allowedValues: schema34.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
if(data.envelopeEvents !== undefined){
let data22 = data.envelopeEvents;
if(Array.isArray(data22)){
if(data22.length > 5){
const err56 = {instancePath:instancePath+"/envelopeEvents",schemaPath:"#/properties/envelopeEvents/maxItems",keyword:"maxItems",params:{limit: 5},message:"must NOT have more than 5 items"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
if(data22.length < 1){
const err57 = {instancePath:instancePath+"/envelopeEvents",schemaPath:"#/properties/envelopeEvents/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
const len1 = data22.length;
for(let i1=0; i1<len1; i1++){
let data23 = data22[i1];
if(typeof data23 !== "string"){
const err58 = {instancePath:instancePath+"/envelopeEvents/" + i1,schemaPath:"#/properties/envelopeEvents/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
if(typeof data23 !== "string"){
const err59 = {instancePath:instancePath+"/envelopeEvents/" + i1,schemaPath:"#/components/schemas/EnvelopeEventStatus/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
if(!(((((data23 === "Sent") || (data23 === "Delivered")) || (data23 === "Completed")) || (data23 === "Declined")) || (data23 === "Voided"))){
const err60 = {instancePath:instancePath+"/envelopeEvents/" + i1,schemaPath:"#/components/schemas/EnvelopeEventStatus/enum",keyword:"enum",params:{allowedValues: schema40.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
let i2 = data22.length;
let j0;
if(i2 > 1){
const seen0 = new Map();
for(;i2--;){
let item0 = data22[i2];
if(typeof item0 !== "string"){
continue;
}
j0 = seen0.get(item0);
if(j0 !== undefined){
const err61 = {instancePath:instancePath+"/envelopeEvents",schemaPath:"#/properties/envelopeEvents/uniqueItems",keyword:"uniqueItems",params:{i: i2, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i2+" are identical)"};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
break;
}
seen0.set(item0, i2);
}
}
}
else {
const err62 = {instancePath:instancePath+"/envelopeEvents",schemaPath:"#/properties/envelopeEvents/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
if(data.eventData !== undefined){
if(!(validate22(data.eventData, {instancePath:instancePath+"/eventData",parentData:data,parentDataProperty:"eventData",rootData,dynamicAnchors}))){
if (vErrors === null) vErrors = validate22.errors; else for (const found of validate22.errors) vErrors.push(found);
errors = vErrors.length;
}
}
if(data.events !== undefined){
let data25 = data.events;
if(Array.isArray(data25)){
if(data25.length > 26){
const err63 = {instancePath:instancePath+"/events",schemaPath:"#/properties/events/maxItems",keyword:"maxItems",params:{limit: 26},message:"must NOT have more than 26 items"};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
if(data25.length < 1){
const err64 = {instancePath:instancePath+"/events",schemaPath:"#/properties/events/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
const len2 = data25.length;
for(let i3=0; i3<len2; i3++){
let data26 = data25[i3];
if(typeof data26 !== "string"){
const err65 = {instancePath:instancePath+"/events/" + i3,schemaPath:"#/properties/events/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
if(typeof data26 !== "string"){
const err66 = {instancePath:instancePath+"/events/" + i3,schemaPath:"#/components/schemas/EventName/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
if(!((((((((((((((((((((((((((data26 === "envelope-created") || (data26 === "envelope-sent")) || (data26 === "envelope-resent")) || (data26 === "envelope-delivered")) || (data26 === "envelope-completed")) || (data26 === "envelope-declined")) || (data26 === "envelope-voided")) || (data26 === "envelope-corrected")) || (data26 === "envelope-purge")) || (data26 === "envelope-deleted")) || (data26 === "envelope-discard")) || (data26 === "recipient-sent")) || (data26 === "recipient-autoresponded")) || (data26 === "recipient-delivered")) || (data26 === "recipient-completed")) || (data26 === "recipient-declined")) || (data26 === "recipient-authenticationfailed")) || (data26 === "recipient-resent")) || (data26 === "recipient-delegate")) || (data26 === "recipient-reassign")) || (data26 === "recipient-finish-later")) || (data26 === "template-created")) || (data26 === "template-modified")) || (data26 === "template-deleted")) || (data26 === "click-agreed")) || (data26 === "click-declined"))){
const err67 = {instancePath:instancePath+"/events/" + i3,schemaPath:"#/components/schemas/EventName/enum",keyword:"enum",params:{allowedValues: schema43.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
let i4 = data25.length;
let j1;
if(i4 > 1){
const seen1 = new Map();
for(;i4--;){
let item1 = data25[i4];
if(typeof item1 !== "string"){
continue;
}
j1 = seen1.get(item1);
if(j1 !== undefined){
const err68 = {instancePath:instancePath+"/events",schemaPath:"#/properties/events/uniqueItems",keyword:"uniqueItems",params:{i: i4, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i4+" are identical)"};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
break;
}
seen1.set(item1, i4);
}
}
}
else {
const err69 = {instancePath:instancePath+"/events",schemaPath:"#/properties/events/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
if(data.externalFolderId !== undefined){
let data27 = data.externalFolderId;
if(typeof data27 === "string"){
if(func2(data27) > 4096){
const err70 = {instancePath:instancePath+"/externalFolderId",schemaPath:"#/properties/externalFolderId/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters"};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
else {
const err71 = {instancePath:instancePath+"/externalFolderId",schemaPath:"#/properties/externalFolderId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
if(data.externalFolderLabel !== undefined){
let data28 = data.externalFolderLabel;
if(typeof data28 === "string"){
if(func2(data28) > 4096){
const err72 = {instancePath:instancePath+"/externalFolderLabel",schemaPath:"#/properties/externalFolderLabel/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters"};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
else {
const err73 = {instancePath:instancePath+"/externalFolderLabel",schemaPath:"#/properties/externalFolderLabel/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
if(data.groupIds !== undefined){
let data29 = data.groupIds;
if(Array.isArray(data29)){
if(data29.length > 10000){
const err74 = {instancePath:instancePath+"/groupIds",schemaPath:"#/properties/groupIds/maxItems",keyword:"maxItems",params:{limit: 10000},message:"must NOT have more than 10000 items"};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
const len3 = data29.length;
for(let i5=0; i5<len3; i5++){
let data30 = data29[i5];
if(typeof data30 === "string"){
if(func2(data30) > 4096){
const err75 = {instancePath:instancePath+"/groupIds/" + i5,schemaPath:"#/properties/groupIds/items/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters"};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
if(func2(data30) < 1){
const err76 = {instancePath:instancePath+"/groupIds/" + i5,schemaPath:"#/properties/groupIds/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
else {
const err77 = {instancePath:instancePath+"/groupIds/" + i5,schemaPath:"#/properties/groupIds/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
let i6 = data29.length;
let j2;
if(i6 > 1){
const seen2 = new Map();
for(;i6--;){
let item2 = data29[i6];
if(typeof item2 !== "string"){
continue;
}
j2 = seen2.get(item2);
if(j2 !== undefined){
const err78 = {instancePath:instancePath+"/groupIds",schemaPath:"#/properties/groupIds/uniqueItems",keyword:"uniqueItems",params:{i: i6, j: j2},message:"must NOT have duplicate items (items ## "+j2+" and "+i6+" are identical)"};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
break;
}
seen2.set(item2, i6);
}
}
}
else {
const err79 = {instancePath:instancePath+"/groupIds",schemaPath:"#/properties/groupIds/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
if(data.includeCertificateOfCompletion !== undefined){
let data31 = data.includeCertificateOfCompletion;
if(typeof data31 !== "string"){
const err80 = {instancePath:instancePath+"/includeCertificateOfCompletion",schemaPath:"#/components/schemas/StringBoolean/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
if(!((data31 === "true") || (data31 === "false"))){
const err81 = {instancePath:instancePath+"/includeCertificateOfCompletion",schemaPath:"#/components/schemas/StringBoolean/enum",keyword:"enum",params:{allowedValues: schema34.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
}
if(data.includeCertSoapHeader !== undefined){
let data32 = data.includeCertSoapHeader;
if(typeof data32 !== "string"){
const err82 = {instancePath:instancePath+"/includeCertSoapHeader",schemaPath:"#/components/schemas/StringBoolean/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
if(!((data32 === "true") || (data32 === "false"))){
const err83 = {instancePath:instancePath+"/includeCertSoapHeader",schemaPath:"#/components/schemas/StringBoolean/enum",keyword:"enum",params:{allowedValues: schema34.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
}
if(data.includeDocumentFields !== undefined){
let data33 = data.includeDocumentFields;
if(typeof data33 !== "string"){
const err84 = {instancePath:instancePath+"/includeDocumentFields",schemaPath:"#/components/schemas/StringBoolean/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
if(!((data33 === "true") || (data33 === "false"))){
const err85 = {instancePath:instancePath+"/includeDocumentFields",schemaPath:"#/components/schemas/StringBoolean/enum",keyword:"enum",params:{allowedValues: schema34.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
}
if(data.includeDocuments !== undefined){
let data34 = data.includeDocuments;
if(typeof data34 !== "string"){
const err86 = {instancePath:instancePath+"/includeDocuments",schemaPath:"#/components/schemas/StringBoolean/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
if(!((data34 === "true") || (data34 === "false"))){
const err87 = {instancePath:instancePath+"/includeDocuments",schemaPath:"#/components/schemas/StringBoolean/enum",keyword:"enum",params:{allowedValues: schema34.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
}
if(data.includeEnvelopeVoidReason !== undefined){
let data35 = data.includeEnvelopeVoidReason;
if(typeof data35 !== "string"){
const err88 = {instancePath:instancePath+"/includeEnvelopeVoidReason",schemaPath:"#/components/schemas/StringBoolean/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
if(!((data35 === "true") || (data35 === "false"))){
const err89 = {instancePath:instancePath+"/includeEnvelopeVoidReason",schemaPath:"#/components/schemas/StringBoolean/enum",keyword:"enum",params:{allowedValues: schema34.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
}
if(data.includeHMAC !== undefined){
let data36 = data.includeHMAC;
if(typeof data36 !== "string"){
const err90 = {instancePath:instancePath+"/includeHMAC",schemaPath:"#/components/schemas/StringBoolean/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
if(!((data36 === "true") || (data36 === "false"))){
const err91 = {instancePath:instancePath+"/includeHMAC",schemaPath:"#/components/schemas/StringBoolean/enum",keyword:"enum",params:{allowedValues: schema34.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
}
if(data.includeOAuth !== undefined){
let data37 = data.includeOAuth;
if(typeof data37 !== "string"){
const err92 = {instancePath:instancePath+"/includeOAuth",schemaPath:"#/components/schemas/StringBoolean/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
if(!((data37 === "true") || (data37 === "false"))){
const err93 = {instancePath:instancePath+"/includeOAuth",schemaPath:"#/components/schemas/StringBoolean/enum",keyword:"enum",params:{allowedValues: schema34.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
}
if(data.includeSenderAccountasCustomField !== undefined){
let data38 = data.includeSenderAccountasCustomField;
if(typeof data38 !== "string"){
const err94 = {instancePath:instancePath+"/includeSenderAccountasCustomField",schemaPath:"#/components/schemas/StringBoolean/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
if(!((data38 === "true") || (data38 === "false"))){
const err95 = {instancePath:instancePath+"/includeSenderAccountasCustomField",schemaPath:"#/components/schemas/StringBoolean/enum",keyword:"enum",params:{allowedValues: schema34.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
}
if(data.includeTimeZoneInformation !== undefined){
let data39 = data.includeTimeZoneInformation;
if(typeof data39 !== "string"){
const err96 = {instancePath:instancePath+"/includeTimeZoneInformation",schemaPath:"#/components/schemas/StringBoolean/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
if(!((data39 === "true") || (data39 === "false"))){
const err97 = {instancePath:instancePath+"/includeTimeZoneInformation",schemaPath:"#/components/schemas/StringBoolean/enum",keyword:"enum",params:{allowedValues: schema34.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
}
if(data.integratorManaged !== undefined){
let data40 = data.integratorManaged;
if(typeof data40 !== "string"){
const err98 = {instancePath:instancePath+"/integratorManaged",schemaPath:"#/components/schemas/StringBoolean/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
if(!((data40 === "true") || (data40 === "false"))){
const err99 = {instancePath:instancePath+"/integratorManaged",schemaPath:"#/components/schemas/StringBoolean/enum",keyword:"enum",params:{allowedValues: schema34.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
}
if(data.name !== undefined){
let data41 = data.name;
if(typeof data41 === "string"){
if(func2(data41) > 4096){
const err100 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters"};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
if(func2(data41) < 1){
const err101 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
if(!pattern4.test(data41)){
const err102 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
}
else {
const err103 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
}
if(data.oAuthConfiguration !== undefined){
if(!(validate24(data.oAuthConfiguration, {instancePath:instancePath+"/oAuthConfiguration",parentData:data,parentDataProperty:"oAuthConfiguration",rootData,dynamicAnchors}))){
if (vErrors === null) vErrors = validate24.errors; else for (const found of validate24.errors) vErrors.push(found);
errors = vErrors.length;
}
}
if(data.password !== undefined){
let data43 = data.password;
if(typeof data43 === "string"){
if(func2(data43) > 4096){
const err104 = {instancePath:instancePath+"/password",schemaPath:"#/properties/password/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters"};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
}
else {
const err105 = {instancePath:instancePath+"/password",schemaPath:"#/properties/password/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
}
if(data.pausePublish !== undefined){
let data44 = data.pausePublish;
if(typeof data44 !== "string"){
const err106 = {instancePath:instancePath+"/pausePublish",schemaPath:"#/components/schemas/StringBoolean/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
if(!((data44 === "true") || (data44 === "false"))){
const err107 = {instancePath:instancePath+"/pausePublish",schemaPath:"#/components/schemas/StringBoolean/enum",keyword:"enum",params:{allowedValues: schema34.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
}
if(data.recipientEvents !== undefined){
let data45 = data.recipientEvents;
if(Array.isArray(data45)){
if(data45.length > 6){
const err108 = {instancePath:instancePath+"/recipientEvents",schemaPath:"#/properties/recipientEvents/maxItems",keyword:"maxItems",params:{limit: 6},message:"must NOT have more than 6 items"};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
if(data45.length < 1){
const err109 = {instancePath:instancePath+"/recipientEvents",schemaPath:"#/properties/recipientEvents/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
}
const len4 = data45.length;
for(let i7=0; i7<len4; i7++){
let data46 = data45[i7];
if(typeof data46 !== "string"){
const err110 = {instancePath:instancePath+"/recipientEvents/" + i7,schemaPath:"#/properties/recipientEvents/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
if(typeof data46 !== "string"){
const err111 = {instancePath:instancePath+"/recipientEvents/" + i7,schemaPath:"#/components/schemas/RecipientEventStatus/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
}
errors++;
}
if(!((((((data46 === "Sent") || (data46 === "Delivered")) || (data46 === "Completed")) || (data46 === "Declined")) || (data46 === "AuthenticationFailed")) || (data46 === "AutoResponded"))){
const err112 = {instancePath:instancePath+"/recipientEvents/" + i7,schemaPath:"#/components/schemas/RecipientEventStatus/enum",keyword:"enum",params:{allowedValues: schema57.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
}
let i8 = data45.length;
let j3;
if(i8 > 1){
const seen3 = new Map();
for(;i8--;){
let item3 = data45[i8];
if(typeof item3 !== "string"){
continue;
}
j3 = seen3.get(item3);
if(j3 !== undefined){
const err113 = {instancePath:instancePath+"/recipientEvents",schemaPath:"#/properties/recipientEvents/uniqueItems",keyword:"uniqueItems",params:{i: i8, j: j3},message:"must NOT have duplicate items (items ## "+j3+" and "+i8+" are identical)"};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
break;
}
seen3.set(item3, i8);
}
}
}
else {
const err114 = {instancePath:instancePath+"/recipientEvents",schemaPath:"#/properties/recipientEvents/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err114];
}
else {
vErrors.push(err114);
}
errors++;
}
}
if(data.requireMutualTls !== undefined){
let data47 = data.requireMutualTls;
if(typeof data47 !== "string"){
const err115 = {instancePath:instancePath+"/requireMutualTls",schemaPath:"#/components/schemas/StringBoolean/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err115];
}
else {
vErrors.push(err115);
}
errors++;
}
if(!((data47 === "true") || (data47 === "false"))){
const err116 = {instancePath:instancePath+"/requireMutualTls",schemaPath:"#/components/schemas/StringBoolean/enum",keyword:"enum",params:{allowedValues: schema34.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err116];
}
else {
vErrors.push(err116);
}
errors++;
}
}
if(data.requiresAcknowledgement !== undefined){
let data48 = data.requiresAcknowledgement;
if(typeof data48 !== "string"){
const err117 = {instancePath:instancePath+"/requiresAcknowledgement",schemaPath:"#/components/schemas/StringBoolean/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err117];
}
else {
vErrors.push(err117);
}
errors++;
}
if(!((data48 === "true") || (data48 === "false"))){
const err118 = {instancePath:instancePath+"/requiresAcknowledgement",schemaPath:"#/components/schemas/StringBoolean/enum",keyword:"enum",params:{allowedValues: schema34.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err118];
}
else {
vErrors.push(err118);
}
errors++;
}
}
if(data.salesforceApiVersion !== undefined){
let data49 = data.salesforceApiVersion;
if(typeof data49 === "string"){
if(func2(data49) > 4096){
const err119 = {instancePath:instancePath+"/salesforceApiVersion",schemaPath:"#/properties/salesforceApiVersion/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters"};
if(vErrors === null){
vErrors = [err119];
}
else {
vErrors.push(err119);
}
errors++;
}
}
else {
const err120 = {instancePath:instancePath+"/salesforceApiVersion",schemaPath:"#/properties/salesforceApiVersion/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err120];
}
else {
vErrors.push(err120);
}
errors++;
}
}
if(data.salesforceAuthcode !== undefined){
let data50 = data.salesforceAuthcode;
if(typeof data50 === "string"){
if(func2(data50) > 4096){
const err121 = {instancePath:instancePath+"/salesforceAuthcode",schemaPath:"#/properties/salesforceAuthcode/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters"};
if(vErrors === null){
vErrors = [err121];
}
else {
vErrors.push(err121);
}
errors++;
}
}
else {
const err122 = {instancePath:instancePath+"/salesforceAuthcode",schemaPath:"#/properties/salesforceAuthcode/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err122];
}
else {
vErrors.push(err122);
}
errors++;
}
}
if(data.salesforceCallBackUrl !== undefined){
let data51 = data.salesforceCallBackUrl;
if(typeof data51 === "string"){
if(func2(data51) > 4096){
const err123 = {instancePath:instancePath+"/salesforceCallBackUrl",schemaPath:"#/properties/salesforceCallBackUrl/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters"};
if(vErrors === null){
vErrors = [err123];
}
else {
vErrors.push(err123);
}
errors++;
}
}
else {
const err124 = {instancePath:instancePath+"/salesforceCallBackUrl",schemaPath:"#/properties/salesforceCallBackUrl/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err124];
}
else {
vErrors.push(err124);
}
errors++;
}
}
if(data.salesforceDocumentsAsContentFiles !== undefined){
let data52 = data.salesforceDocumentsAsContentFiles;
if(typeof data52 !== "string"){
const err125 = {instancePath:instancePath+"/salesforceDocumentsAsContentFiles",schemaPath:"#/components/schemas/StringBoolean/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err125];
}
else {
vErrors.push(err125);
}
errors++;
}
if(!((data52 === "true") || (data52 === "false"))){
const err126 = {instancePath:instancePath+"/salesforceDocumentsAsContentFiles",schemaPath:"#/components/schemas/StringBoolean/enum",keyword:"enum",params:{allowedValues: schema34.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err126];
}
else {
vErrors.push(err126);
}
errors++;
}
}
if(data.senderOverride !== undefined){
let data53 = data.senderOverride;
if(typeof data53 === "string"){
if(func2(data53) > 4096){
const err127 = {instancePath:instancePath+"/senderOverride",schemaPath:"#/properties/senderOverride/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters"};
if(vErrors === null){
vErrors = [err127];
}
else {
vErrors.push(err127);
}
errors++;
}
}
else {
const err128 = {instancePath:instancePath+"/senderOverride",schemaPath:"#/properties/senderOverride/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err128];
}
else {
vErrors.push(err128);
}
errors++;
}
}
if(data.senderSelectableItems !== undefined){
let data54 = data.senderSelectableItems;
if(Array.isArray(data54)){
if(data54.length > 1000){
const err129 = {instancePath:instancePath+"/senderSelectableItems",schemaPath:"#/properties/senderSelectableItems/maxItems",keyword:"maxItems",params:{limit: 1000},message:"must NOT have more than 1000 items"};
if(vErrors === null){
vErrors = [err129];
}
else {
vErrors.push(err129);
}
errors++;
}
const len5 = data54.length;
for(let i9=0; i9<len5; i9++){
let data55 = data54[i9];
if(typeof data55 === "string"){
if(func2(data55) > 4096){
const err130 = {instancePath:instancePath+"/senderSelectableItems/" + i9,schemaPath:"#/properties/senderSelectableItems/items/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters"};
if(vErrors === null){
vErrors = [err130];
}
else {
vErrors.push(err130);
}
errors++;
}
}
else {
const err131 = {instancePath:instancePath+"/senderSelectableItems/" + i9,schemaPath:"#/properties/senderSelectableItems/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err131];
}
else {
vErrors.push(err131);
}
errors++;
}
}
}
else {
const err132 = {instancePath:instancePath+"/senderSelectableItems",schemaPath:"#/properties/senderSelectableItems/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err132];
}
else {
vErrors.push(err132);
}
errors++;
}
}
if(data.sfObjects !== undefined){
let data56 = data.sfObjects;
if(Array.isArray(data56)){
if(data56.length > 1000){
const err133 = {instancePath:instancePath+"/sfObjects",schemaPath:"#/properties/sfObjects/maxItems",keyword:"maxItems",params:{limit: 1000},message:"must NOT have more than 1000 items"};
if(vErrors === null){
vErrors = [err133];
}
else {
vErrors.push(err133);
}
errors++;
}
const len6 = data56.length;
for(let i10=0; i10<len6; i10++){
if(!(validate26(data56[i10], {instancePath:instancePath+"/sfObjects/" + i10,parentData:data56,parentDataProperty:i10,rootData,dynamicAnchors}))){
if (vErrors === null) vErrors = validate26.errors; else for (const found of validate26.errors) vErrors.push(found);
errors = vErrors.length;
}
}
}
else {
const err134 = {instancePath:instancePath+"/sfObjects",schemaPath:"#/properties/sfObjects/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err134];
}
else {
vErrors.push(err134);
}
errors++;
}
}
if(data.signMessageWithX509Certificate !== undefined){
let data58 = data.signMessageWithX509Certificate;
if(typeof data58 !== "string"){
const err135 = {instancePath:instancePath+"/signMessageWithX509Certificate",schemaPath:"#/components/schemas/StringBoolean/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err135];
}
else {
vErrors.push(err135);
}
errors++;
}
if(!((data58 === "true") || (data58 === "false"))){
const err136 = {instancePath:instancePath+"/signMessageWithX509Certificate",schemaPath:"#/components/schemas/StringBoolean/enum",keyword:"enum",params:{allowedValues: schema34.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err136];
}
else {
vErrors.push(err136);
}
errors++;
}
}
if(data.soapNamespace !== undefined){
let data59 = data.soapNamespace;
if(typeof data59 === "string"){
if(func2(data59) > 4096){
const err137 = {instancePath:instancePath+"/soapNamespace",schemaPath:"#/properties/soapNamespace/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters"};
if(vErrors === null){
vErrors = [err137];
}
else {
vErrors.push(err137);
}
errors++;
}
if(func2(data59) < 1){
const err138 = {instancePath:instancePath+"/soapNamespace",schemaPath:"#/properties/soapNamespace/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err138];
}
else {
vErrors.push(err138);
}
errors++;
}
}
else {
const err139 = {instancePath:instancePath+"/soapNamespace",schemaPath:"#/properties/soapNamespace/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err139];
}
else {
vErrors.push(err139);
}
errors++;
}
}
if(data.urlToPublishTo !== undefined){
let data60 = data.urlToPublishTo;
if(typeof data60 === "string"){
if(func2(data60) > 4096){
const err140 = {instancePath:instancePath+"/urlToPublishTo",schemaPath:"#/components/schemas/HttpsUrl/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters"};
if(vErrors === null){
vErrors = [err140];
}
else {
vErrors.push(err140);
}
errors++;
}
if(!pattern5.test(data60)){
const err141 = {instancePath:instancePath+"/urlToPublishTo",schemaPath:"#/components/schemas/HttpsUrl/pattern",keyword:"pattern",params:{pattern: "^https://[^\\s/?#@]+(?:[/?#]\\S*)?$"},message:"must match pattern \""+"^https://[^\\s/?#@]+(?:[/?#]\\S*)?$"+"\""};
if(vErrors === null){
vErrors = [err141];
}
else {
vErrors.push(err141);
}
errors++;
}
if(!(formats0(data60))){
const err142 = {instancePath:instancePath+"/urlToPublishTo",schemaPath:"#/components/schemas/HttpsUrl/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""};
if(vErrors === null){
vErrors = [err142];
}
else {
vErrors.push(err142);
}
errors++;
}
}
else {
const err143 = {instancePath:instancePath+"/urlToPublishTo",schemaPath:"#/components/schemas/HttpsUrl/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err143];
}
else {
vErrors.push(err143);
}
errors++;
}
}
if(data.userIds !== undefined){
let data61 = data.userIds;
if(Array.isArray(data61)){
if(data61.length > 100000){
const err144 = {instancePath:instancePath+"/userIds",schemaPath:"#/properties/userIds/maxItems",keyword:"maxItems",params:{limit: 100000},message:"must NOT have more than 100000 items"};
if(vErrors === null){
vErrors = [err144];
}
else {
vErrors.push(err144);
}
errors++;
}
if(data61.length < 1){
const err145 = {instancePath:instancePath+"/userIds",schemaPath:"#/properties/userIds/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err145];
}
else {
vErrors.push(err145);
}
errors++;
}
const len7 = data61.length;
for(let i11=0; i11<len7; i11++){
let data62 = data61[i11];
if(typeof data62 !== "string"){
const err146 = {instancePath:instancePath+"/userIds/" + i11,schemaPath:"#/properties/userIds/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err146];
}
else {
vErrors.push(err146);
}
errors++;
}
if(typeof data62 === "string"){
if(!(formats4.test(data62))){
const err147 = {instancePath:instancePath+"/userIds/" + i11,schemaPath:"#/components/schemas/UserId/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\""};
if(vErrors === null){
vErrors = [err147];
}
else {
vErrors.push(err147);
}
errors++;
}
}
else {
const err148 = {instancePath:instancePath+"/userIds/" + i11,schemaPath:"#/components/schemas/UserId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err148];
}
else {
vErrors.push(err148);
}
errors++;
}
}
let i12 = data61.length;
let j4;
if(i12 > 1){
const seen4 = new Map();
for(;i12--;){
let item4 = data61[i12];
if(typeof item4 !== "string"){
continue;
}
j4 = seen4.get(item4);
if(j4 !== undefined){
const err149 = {instancePath:instancePath+"/userIds",schemaPath:"#/properties/userIds/uniqueItems",keyword:"uniqueItems",params:{i: i12, j: j4},message:"must NOT have duplicate items (items ## "+j4+" and "+i12+" are identical)"};
if(vErrors === null){
vErrors = [err149];
}
else {
vErrors.push(err149);
}
errors++;
break;
}
seen4.set(item4, i12);
}
}
}
else {
const err150 = {instancePath:instancePath+"/userIds",schemaPath:"#/properties/userIds/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err150];
}
else {
vErrors.push(err150);
}
errors++;
}
}
if(data.userName !== undefined){
let data63 = data.userName;
if(typeof data63 === "string"){
if(func2(data63) > 4096){
const err151 = {instancePath:instancePath+"/userName",schemaPath:"#/properties/userName/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters"};
if(vErrors === null){
vErrors = [err151];
}
else {
vErrors.push(err151);
}
errors++;
}
}
else {
const err152 = {instancePath:instancePath+"/userName",schemaPath:"#/properties/userName/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err152];
}
else {
vErrors.push(err152);
}
errors++;
}
}
if(data.useSoapInterface !== undefined){
let data64 = data.useSoapInterface;
if(typeof data64 !== "string"){
const err153 = {instancePath:instancePath+"/useSoapInterface",schemaPath:"#/components/schemas/StringBoolean/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err153];
}
else {
vErrors.push(err153);
}
errors++;
}
if(!((data64 === "true") || (data64 === "false"))){
const err154 = {instancePath:instancePath+"/useSoapInterface",schemaPath:"#/components/schemas/StringBoolean/enum",keyword:"enum",params:{allowedValues: schema34.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err154];
}
else {
vErrors.push(err154);
}
errors++;
}
}
}
else {
const err155 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err155];
}
else {
vErrors.push(err155);
}
errors++;
}
validate21.errors = vErrors;
return errors === 0;
}
validate21.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

exports.validateAccountId = validate28;
const schema71 = {"type":"string","pattern":"^(?:[0-9]{1,19}|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$","maxLength":36};
const pattern7 = new RegExp("^(?:[0-9]{1,19}|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$", "u");

function validate28(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate28.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data === "string"){
if(func2(data) > 36){
const err0 = {instancePath,schemaPath:"#/maxLength",keyword:"maxLength",params:{limit: 36},message:"must NOT have more than 36 characters"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!pattern7.test(data)){
const err1 = {instancePath,schemaPath:"#/pattern",keyword:"pattern",params:{pattern: "^(?:[0-9]{1,19}|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$"},message:"must match pattern \""+"^(?:[0-9]{1,19}|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$"+"\""};
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
const err2 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
validate28.errors = vErrors;
return errors === 0;
}
validate28.evaluated = {"dynamicProps":false,"dynamicItems":false};

exports.validateSuccessEnvelope = validate30;
const schema73 = {"type":"object","additionalProperties":false,"required":["success","data"],"properties":{"success":{"type":"boolean","const":true},"data":{"$ref":"#/components/schemas/CreatedConfiguration"}}};
const schema74 = {"type":"object","additionalProperties":false,"required":["id","created_at"],"properties":{"id":{"type":"string","minLength":1},"created_at":{"type":"string","format":"date-time"}}};
const formats6 = /^(?:\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)|02-(?:0[1-9]|1\d|2[0-8]))|(?:\d\d(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)[Tt](?:[01]\d|2[0-3]):[0-5]\d:(?:[0-5]\d|60)(?:\.\d+)?(?:[Zz]|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;

function validate30(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate30.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.success === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "success"},message:"must have required property '"+"success"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.data === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "data"},message:"must have required property '"+"data"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "success") || (key0 === "data"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.success !== undefined){
let data0 = data.success;
if(typeof data0 !== "boolean"){
const err3 = {instancePath:instancePath+"/success",schemaPath:"#/properties/success/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(true !== data0){
const err4 = {instancePath:instancePath+"/success",schemaPath:"#/properties/success/const",keyword:"const",params:{allowedValue: true},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.data !== undefined){
let data1 = data.data;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.id === undefined){
const err5 = {instancePath:instancePath+"/data",schemaPath:"#/components/schemas/CreatedConfiguration/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data1.created_at === undefined){
const err6 = {instancePath:instancePath+"/data",schemaPath:"#/components/schemas/CreatedConfiguration/required",keyword:"required",params:{missingProperty: "created_at"},message:"must have required property '"+"created_at"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
for(const key1 in data1){
if(!((key1 === "id") || (key1 === "created_at"))){
const err7 = {instancePath:instancePath+"/data",schemaPath:"#/components/schemas/CreatedConfiguration/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data1.id !== undefined){
let data2 = data1.id;
if(typeof data2 === "string"){
if(func2(data2) < 1){
const err8 = {instancePath:instancePath+"/data/id",schemaPath:"#/components/schemas/CreatedConfiguration/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err9 = {instancePath:instancePath+"/data/id",schemaPath:"#/components/schemas/CreatedConfiguration/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data1.created_at !== undefined){
let data3 = data1.created_at;
if(typeof data3 === "string"){
if(!(formats6.test(data3))){
const err10 = {instancePath:instancePath+"/data/created_at",schemaPath:"#/components/schemas/CreatedConfiguration/properties/created_at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/data/created_at",schemaPath:"#/components/schemas/CreatedConfiguration/properties/created_at/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath:instancePath+"/data",schemaPath:"#/components/schemas/CreatedConfiguration/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
else {
const err13 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
validate30.errors = vErrors;
return errors === 0;
}
validate30.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

exports.validateErrorEnvelope = validate31;
const schema75 = {"type":"object","additionalProperties":false,"required":["success","error"],"properties":{"success":{"type":"boolean","const":false},"error":{"$ref":"#/components/schemas/ErrorDetail"}}};
const schema76 = {"type":"object","additionalProperties":false,"required":["code","message"],"properties":{"code":{"type":"string","pattern":"^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*$"},"message":{"type":"string","minLength":1}}};
const pattern8 = new RegExp("^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*$", "u");

function validate31(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate31.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.success === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "success"},message:"must have required property '"+"success"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.error === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "error"},message:"must have required property '"+"error"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "success") || (key0 === "error"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.success !== undefined){
let data0 = data.success;
if(typeof data0 !== "boolean"){
const err3 = {instancePath:instancePath+"/success",schemaPath:"#/properties/success/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(false !== data0){
const err4 = {instancePath:instancePath+"/success",schemaPath:"#/properties/success/const",keyword:"const",params:{allowedValue: false},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.error !== undefined){
let data1 = data.error;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.code === undefined){
const err5 = {instancePath:instancePath+"/error",schemaPath:"#/components/schemas/ErrorDetail/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data1.message === undefined){
const err6 = {instancePath:instancePath+"/error",schemaPath:"#/components/schemas/ErrorDetail/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
for(const key1 in data1){
if(!((key1 === "code") || (key1 === "message"))){
const err7 = {instancePath:instancePath+"/error",schemaPath:"#/components/schemas/ErrorDetail/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data1.code !== undefined){
let data2 = data1.code;
if(typeof data2 === "string"){
if(!pattern8.test(data2)){
const err8 = {instancePath:instancePath+"/error/code",schemaPath:"#/components/schemas/ErrorDetail/properties/code/pattern",keyword:"pattern",params:{pattern: "^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*$"},message:"must match pattern \""+"^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*$"+"\""};
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
const err9 = {instancePath:instancePath+"/error/code",schemaPath:"#/components/schemas/ErrorDetail/properties/code/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data1.message !== undefined){
let data3 = data1.message;
if(typeof data3 === "string"){
if(func2(data3) < 1){
const err10 = {instancePath:instancePath+"/error/message",schemaPath:"#/components/schemas/ErrorDetail/properties/message/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/error/message",schemaPath:"#/components/schemas/ErrorDetail/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath:instancePath+"/error",schemaPath:"#/components/schemas/ErrorDetail/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
else {
const err13 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
validate31.errors = vErrors;
return errors === 0;
}
validate31.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

exports.validateConnectCustomConfiguration = validate33;
const schema78 = {"type":"object","additionalProperties":true,"required":["connectId"],"properties":{"allowEnvelopePublish":{"$ref":"#/components/schemas/flagString"},"allowSalesforcePublish":{"$ref":"#/components/schemas/flagString"},"allUsers":{"$ref":"#/components/schemas/flagString"},"allUsersExcept":{"$ref":"#/components/schemas/flagString"},"configurationType":{"type":"string"},"connectId":{"type":"string","minLength":1,"pattern":"^\\S+$"},"deliveryMode":{"type":"string"},"disabledBy":{"type":"string"},"enableLog":{"$ref":"#/components/schemas/flagString"},"enableOAuthPerConfiguration":{"$ref":"#/components/schemas/flagString"},"envelopeEvents":{"type":"array","items":{"type":"string"}},"eventData":{"$ref":"#/components/schemas/connectEventData"},"events":{"type":"array","items":{"type":"string"}},"externalFolderId":{"type":"string"},"externalFolderLabel":{"type":"string"},"groupIds":{"type":"array","items":{"type":"string"}},"includeCertificateOfCompletion":{"$ref":"#/components/schemas/flagString"},"includeCertSoapHeader":{"$ref":"#/components/schemas/flagString"},"includeDocumentFields":{"$ref":"#/components/schemas/flagString"},"includeDocuments":{"$ref":"#/components/schemas/flagString"},"includeEnvelopeVoidReason":{"$ref":"#/components/schemas/flagString"},"includeHMAC":{"$ref":"#/components/schemas/flagString"},"includeOAuth":{"$ref":"#/components/schemas/flagString"},"includeSenderAccountasCustomField":{"$ref":"#/components/schemas/flagString"},"includeTimeZoneInformation":{"$ref":"#/components/schemas/flagString"},"integratorManaged":{"$ref":"#/components/schemas/flagString"},"name":{"type":"string"},"oAuthConfiguration":{"$ref":"#/components/schemas/connectOAuthConfig"},"password":{"type":"string"},"pausePublish":{"$ref":"#/components/schemas/flagString"},"recipientEvents":{"type":"array","items":{"type":"string"}},"requireMutualTls":{"$ref":"#/components/schemas/flagString"},"requiresAcknowledgement":{"$ref":"#/components/schemas/flagString"},"salesforceApiVersion":{"type":"string"},"salesforceAuthcode":{"type":"string"},"salesforceCallBackUrl":{"type":"string"},"salesforceDocumentsAsContentFiles":{"$ref":"#/components/schemas/flagString"},"senderOverride":{"type":"string"},"senderSelectableItems":{"type":"array","items":{"type":"string"}},"sfObjects":{"type":"array","items":{"$ref":"#/components/schemas/connectSalesforceObject"}},"signMessageWithX509Certificate":{"$ref":"#/components/schemas/flagString"},"soapNamespace":{"type":"string"},"urlToPublishTo":{"type":"string"},"userIds":{"type":"array","items":{"type":"string"}},"userName":{"type":"string"},"useSoapInterface":{"$ref":"#/components/schemas/flagString"}}};
const schema79 = {"type":"string","enum":["true","false"]};
const schema85 = {"type":"object","additionalProperties":true,"properties":{"format":{"type":"string"},"includeData":{"type":"array","items":{"type":"string"}},"version":{"type":"string"}}};
const schema96 = {"type":"object","additionalProperties":true,"properties":{"authorizationServerUrl":{"type":"string"},"clientId":{"type":"string"},"clientSecret":{"type":"string"},"customParameters":{"anyOf":[{"type":"object","additionalProperties":{"type":"string"}},{"type":"string"}]},"scope":{"type":"string"}}};
const pattern9 = new RegExp("^\\S+$", "u");
const schema101 = {"type":"object","additionalProperties":true,"properties":{"active":{"$ref":"#/components/schemas/flagString"},"description":{"type":"string"},"id":{"type":"string"},"insert":{"$ref":"#/components/schemas/flagString"},"onCompleteOnly":{"$ref":"#/components/schemas/flagString"},"selectFields":{"type":"array","items":{"$ref":"#/components/schemas/connectSalesforceField"}},"sfObject":{"type":"string"},"sfObjectName":{"type":"string"},"updateFields":{"type":"array","items":{"$ref":"#/components/schemas/connectSalesforceField"}}}};
const schema105 = {"type":"object","additionalProperties":true,"properties":{"dsAttribute":{"type":"string"},"dsLink":{"type":"string"},"dsNode":{"type":"string"},"id":{"type":"string"},"sfField":{"type":"string"},"sfFieldName":{"type":"string"},"sfFolder":{"type":"string"},"sfLockedValue":{"type":"string"}}};

function validate34(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate34.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.active !== undefined){
let data0 = data.active;
if(typeof data0 !== "string"){
const err0 = {instancePath:instancePath+"/active",schemaPath:"#/components/schemas/flagString/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!((data0 === "true") || (data0 === "false"))){
const err1 = {instancePath:instancePath+"/active",schemaPath:"#/components/schemas/flagString/enum",keyword:"enum",params:{allowedValues: schema79.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.description !== undefined){
if(typeof data.description !== "string"){
const err2 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.id !== undefined){
if(typeof data.id !== "string"){
const err3 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.insert !== undefined){
let data3 = data.insert;
if(typeof data3 !== "string"){
const err4 = {instancePath:instancePath+"/insert",schemaPath:"#/components/schemas/flagString/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(!((data3 === "true") || (data3 === "false"))){
const err5 = {instancePath:instancePath+"/insert",schemaPath:"#/components/schemas/flagString/enum",keyword:"enum",params:{allowedValues: schema79.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.onCompleteOnly !== undefined){
let data4 = data.onCompleteOnly;
if(typeof data4 !== "string"){
const err6 = {instancePath:instancePath+"/onCompleteOnly",schemaPath:"#/components/schemas/flagString/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(!((data4 === "true") || (data4 === "false"))){
const err7 = {instancePath:instancePath+"/onCompleteOnly",schemaPath:"#/components/schemas/flagString/enum",keyword:"enum",params:{allowedValues: schema79.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.selectFields !== undefined){
let data5 = data.selectFields;
if(Array.isArray(data5)){
const len0 = data5.length;
for(let i0=0; i0<len0; i0++){
let data6 = data5[i0];
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.dsAttribute !== undefined){
if(typeof data6.dsAttribute !== "string"){
const err8 = {instancePath:instancePath+"/selectFields/" + i0+"/dsAttribute",schemaPath:"#/components/schemas/connectSalesforceField/properties/dsAttribute/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data6.dsLink !== undefined){
if(typeof data6.dsLink !== "string"){
const err9 = {instancePath:instancePath+"/selectFields/" + i0+"/dsLink",schemaPath:"#/components/schemas/connectSalesforceField/properties/dsLink/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data6.dsNode !== undefined){
if(typeof data6.dsNode !== "string"){
const err10 = {instancePath:instancePath+"/selectFields/" + i0+"/dsNode",schemaPath:"#/components/schemas/connectSalesforceField/properties/dsNode/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data6.id !== undefined){
if(typeof data6.id !== "string"){
const err11 = {instancePath:instancePath+"/selectFields/" + i0+"/id",schemaPath:"#/components/schemas/connectSalesforceField/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data6.sfField !== undefined){
if(typeof data6.sfField !== "string"){
const err12 = {instancePath:instancePath+"/selectFields/" + i0+"/sfField",schemaPath:"#/components/schemas/connectSalesforceField/properties/sfField/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data6.sfFieldName !== undefined){
if(typeof data6.sfFieldName !== "string"){
const err13 = {instancePath:instancePath+"/selectFields/" + i0+"/sfFieldName",schemaPath:"#/components/schemas/connectSalesforceField/properties/sfFieldName/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data6.sfFolder !== undefined){
if(typeof data6.sfFolder !== "string"){
const err14 = {instancePath:instancePath+"/selectFields/" + i0+"/sfFolder",schemaPath:"#/components/schemas/connectSalesforceField/properties/sfFolder/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data6.sfLockedValue !== undefined){
if(typeof data6.sfLockedValue !== "string"){
const err15 = {instancePath:instancePath+"/selectFields/" + i0+"/sfLockedValue",schemaPath:"#/components/schemas/connectSalesforceField/properties/sfLockedValue/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
else {
const err16 = {instancePath:instancePath+"/selectFields/" + i0,schemaPath:"#/components/schemas/connectSalesforceField/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
else {
const err17 = {instancePath:instancePath+"/selectFields",schemaPath:"#/properties/selectFields/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.sfObject !== undefined){
if(typeof data.sfObject !== "string"){
const err18 = {instancePath:instancePath+"/sfObject",schemaPath:"#/properties/sfObject/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.sfObjectName !== undefined){
if(typeof data.sfObjectName !== "string"){
const err19 = {instancePath:instancePath+"/sfObjectName",schemaPath:"#/properties/sfObjectName/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.updateFields !== undefined){
let data17 = data.updateFields;
if(Array.isArray(data17)){
const len1 = data17.length;
for(let i1=0; i1<len1; i1++){
let data18 = data17[i1];
if(data18 && typeof data18 == "object" && !Array.isArray(data18)){
if(data18.dsAttribute !== undefined){
if(typeof data18.dsAttribute !== "string"){
const err20 = {instancePath:instancePath+"/updateFields/" + i1+"/dsAttribute",schemaPath:"#/components/schemas/connectSalesforceField/properties/dsAttribute/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data18.dsLink !== undefined){
if(typeof data18.dsLink !== "string"){
const err21 = {instancePath:instancePath+"/updateFields/" + i1+"/dsLink",schemaPath:"#/components/schemas/connectSalesforceField/properties/dsLink/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data18.dsNode !== undefined){
if(typeof data18.dsNode !== "string"){
const err22 = {instancePath:instancePath+"/updateFields/" + i1+"/dsNode",schemaPath:"#/components/schemas/connectSalesforceField/properties/dsNode/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data18.id !== undefined){
if(typeof data18.id !== "string"){
const err23 = {instancePath:instancePath+"/updateFields/" + i1+"/id",schemaPath:"#/components/schemas/connectSalesforceField/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data18.sfField !== undefined){
if(typeof data18.sfField !== "string"){
const err24 = {instancePath:instancePath+"/updateFields/" + i1+"/sfField",schemaPath:"#/components/schemas/connectSalesforceField/properties/sfField/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data18.sfFieldName !== undefined){
if(typeof data18.sfFieldName !== "string"){
const err25 = {instancePath:instancePath+"/updateFields/" + i1+"/sfFieldName",schemaPath:"#/components/schemas/connectSalesforceField/properties/sfFieldName/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data18.sfFolder !== undefined){
if(typeof data18.sfFolder !== "string"){
const err26 = {instancePath:instancePath+"/updateFields/" + i1+"/sfFolder",schemaPath:"#/components/schemas/connectSalesforceField/properties/sfFolder/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data18.sfLockedValue !== undefined){
if(typeof data18.sfLockedValue !== "string"){
const err27 = {instancePath:instancePath+"/updateFields/" + i1+"/sfLockedValue",schemaPath:"#/components/schemas/connectSalesforceField/properties/sfLockedValue/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
}
else {
const err28 = {instancePath:instancePath+"/updateFields/" + i1,schemaPath:"#/components/schemas/connectSalesforceField/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
}
else {
const err29 = {instancePath:instancePath+"/updateFields",schemaPath:"#/properties/updateFields/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
}
else {
const err30 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
validate34.errors = vErrors;
return errors === 0;
}
validate34.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate33(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate33.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.connectId === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "connectId"},message:"must have required property '"+"connectId"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.allowEnvelopePublish !== undefined){
let data0 = data.allowEnvelopePublish;
if(typeof data0 !== "string"){
const err1 = {instancePath:instancePath+"/allowEnvelopePublish",schemaPath:"#/components/schemas/flagString/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(!((data0 === "true") || (data0 === "false"))){
const err2 = {instancePath:instancePath+"/allowEnvelopePublish",schemaPath:"#/components/schemas/flagString/enum",keyword:"enum",params:{allowedValues: schema79.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.allowSalesforcePublish !== undefined){
let data1 = data.allowSalesforcePublish;
if(typeof data1 !== "string"){
const err3 = {instancePath:instancePath+"/allowSalesforcePublish",schemaPath:"#/components/schemas/flagString/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(!((data1 === "true") || (data1 === "false"))){
const err4 = {instancePath:instancePath+"/allowSalesforcePublish",schemaPath:"#/components/schemas/flagString/enum",keyword:"enum",params:{allowedValues: schema79.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.allUsers !== undefined){
let data2 = data.allUsers;
if(typeof data2 !== "string"){
const err5 = {instancePath:instancePath+"/allUsers",schemaPath:"#/components/schemas/flagString/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(!((data2 === "true") || (data2 === "false"))){
const err6 = {instancePath:instancePath+"/allUsers",schemaPath:"#/components/schemas/flagString/enum",keyword:"enum",params:{allowedValues: schema79.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.allUsersExcept !== undefined){
let data3 = data.allUsersExcept;
if(typeof data3 !== "string"){
const err7 = {instancePath:instancePath+"/allUsersExcept",schemaPath:"#/components/schemas/flagString/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(!((data3 === "true") || (data3 === "false"))){
const err8 = {instancePath:instancePath+"/allUsersExcept",schemaPath:"#/components/schemas/flagString/enum",keyword:"enum",params:{allowedValues: schema79.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.configurationType !== undefined){
if(typeof data.configurationType !== "string"){
const err9 = {instancePath:instancePath+"/configurationType",schemaPath:"#/properties/configurationType/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.connectId !== undefined){
let data5 = data.connectId;
if(typeof data5 === "string"){
if(func2(data5) < 1){
const err10 = {instancePath:instancePath+"/connectId",schemaPath:"#/properties/connectId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(!pattern9.test(data5)){
const err11 = {instancePath:instancePath+"/connectId",schemaPath:"#/properties/connectId/pattern",keyword:"pattern",params:{pattern: "^\\S+$"},message:"must match pattern \""+"^\\S+$"+"\""};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/connectId",schemaPath:"#/properties/connectId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.deliveryMode !== undefined){
if(typeof data.deliveryMode !== "string"){
const err13 = {instancePath:instancePath+"/deliveryMode",schemaPath:"#/properties/deliveryMode/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.disabledBy !== undefined){
if(typeof data.disabledBy !== "string"){
const err14 = {instancePath:instancePath+"/disabledBy",schemaPath:"#/properties/disabledBy/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.enableLog !== undefined){
let data8 = data.enableLog;
if(typeof data8 !== "string"){
const err15 = {instancePath:instancePath+"/enableLog",schemaPath:"#/components/schemas/flagString/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(!((data8 === "true") || (data8 === "false"))){
const err16 = {instancePath:instancePath+"/enableLog",schemaPath:"#/components/schemas/flagString/enum",keyword:"enum",params:{allowedValues: schema79.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.enableOAuthPerConfiguration !== undefined){
let data9 = data.enableOAuthPerConfiguration;
if(typeof data9 !== "string"){
const err17 = {instancePath:instancePath+"/enableOAuthPerConfiguration",schemaPath:"#/components/schemas/flagString/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(!((data9 === "true") || (data9 === "false"))){
const err18 = {instancePath:instancePath+"/enableOAuthPerConfiguration",schemaPath:"#/components/schemas/flagString/enum",keyword:"enum",params:{allowedValues: schema79.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.envelopeEvents !== undefined){
let data10 = data.envelopeEvents;
if(Array.isArray(data10)){
const len0 = data10.length;
for(let i0=0; i0<len0; i0++){
if(typeof data10[i0] !== "string"){
const err19 = {instancePath:instancePath+"/envelopeEvents/" + i0,schemaPath:"#/properties/envelopeEvents/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
else {
const err20 = {instancePath:instancePath+"/envelopeEvents",schemaPath:"#/properties/envelopeEvents/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.eventData !== undefined){
let data12 = data.eventData;
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
if(data12.format !== undefined){
if(typeof data12.format !== "string"){
const err21 = {instancePath:instancePath+"/eventData/format",schemaPath:"#/components/schemas/connectEventData/properties/format/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data12.includeData !== undefined){
let data14 = data12.includeData;
if(Array.isArray(data14)){
const len1 = data14.length;
for(let i1=0; i1<len1; i1++){
if(typeof data14[i1] !== "string"){
const err22 = {instancePath:instancePath+"/eventData/includeData/" + i1,schemaPath:"#/components/schemas/connectEventData/properties/includeData/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err23 = {instancePath:instancePath+"/eventData/includeData",schemaPath:"#/components/schemas/connectEventData/properties/includeData/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data12.version !== undefined){
if(typeof data12.version !== "string"){
const err24 = {instancePath:instancePath+"/eventData/version",schemaPath:"#/components/schemas/connectEventData/properties/version/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
}
else {
const err25 = {instancePath:instancePath+"/eventData",schemaPath:"#/components/schemas/connectEventData/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.events !== undefined){
let data17 = data.events;
if(Array.isArray(data17)){
const len2 = data17.length;
for(let i2=0; i2<len2; i2++){
if(typeof data17[i2] !== "string"){
const err26 = {instancePath:instancePath+"/events/" + i2,schemaPath:"#/properties/events/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
}
else {
const err27 = {instancePath:instancePath+"/events",schemaPath:"#/properties/events/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data.externalFolderId !== undefined){
if(typeof data.externalFolderId !== "string"){
const err28 = {instancePath:instancePath+"/externalFolderId",schemaPath:"#/properties/externalFolderId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data.externalFolderLabel !== undefined){
if(typeof data.externalFolderLabel !== "string"){
const err29 = {instancePath:instancePath+"/externalFolderLabel",schemaPath:"#/properties/externalFolderLabel/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data.groupIds !== undefined){
let data21 = data.groupIds;
if(Array.isArray(data21)){
const len3 = data21.length;
for(let i3=0; i3<len3; i3++){
if(typeof data21[i3] !== "string"){
const err30 = {instancePath:instancePath+"/groupIds/" + i3,schemaPath:"#/properties/groupIds/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
}
else {
const err31 = {instancePath:instancePath+"/groupIds",schemaPath:"#/properties/groupIds/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data.includeCertificateOfCompletion !== undefined){
let data23 = data.includeCertificateOfCompletion;
if(typeof data23 !== "string"){
const err32 = {instancePath:instancePath+"/includeCertificateOfCompletion",schemaPath:"#/components/schemas/flagString/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if(!((data23 === "true") || (data23 === "false"))){
const err33 = {instancePath:instancePath+"/includeCertificateOfCompletion",schemaPath:"#/components/schemas/flagString/enum",keyword:"enum",params:{allowedValues: schema79.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data.includeCertSoapHeader !== undefined){
let data24 = data.includeCertSoapHeader;
if(typeof data24 !== "string"){
const err34 = {instancePath:instancePath+"/includeCertSoapHeader",schemaPath:"#/components/schemas/flagString/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
if(!((data24 === "true") || (data24 === "false"))){
const err35 = {instancePath:instancePath+"/includeCertSoapHeader",schemaPath:"#/components/schemas/flagString/enum",keyword:"enum",params:{allowedValues: schema79.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data.includeDocumentFields !== undefined){
let data25 = data.includeDocumentFields;
if(typeof data25 !== "string"){
const err36 = {instancePath:instancePath+"/includeDocumentFields",schemaPath:"#/components/schemas/flagString/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if(!((data25 === "true") || (data25 === "false"))){
const err37 = {instancePath:instancePath+"/includeDocumentFields",schemaPath:"#/components/schemas/flagString/enum",keyword:"enum",params:{allowedValues: schema79.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data.includeDocuments !== undefined){
let data26 = data.includeDocuments;
if(typeof data26 !== "string"){
const err38 = {instancePath:instancePath+"/includeDocuments",schemaPath:"#/components/schemas/flagString/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
if(!((data26 === "true") || (data26 === "false"))){
const err39 = {instancePath:instancePath+"/includeDocuments",schemaPath:"#/components/schemas/flagString/enum",keyword:"enum",params:{allowedValues: schema79.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data.includeEnvelopeVoidReason !== undefined){
let data27 = data.includeEnvelopeVoidReason;
if(typeof data27 !== "string"){
const err40 = {instancePath:instancePath+"/includeEnvelopeVoidReason",schemaPath:"#/components/schemas/flagString/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
if(!((data27 === "true") || (data27 === "false"))){
const err41 = {instancePath:instancePath+"/includeEnvelopeVoidReason",schemaPath:"#/components/schemas/flagString/enum",keyword:"enum",params:{allowedValues: schema79.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data.includeHMAC !== undefined){
let data28 = data.includeHMAC;
if(typeof data28 !== "string"){
const err42 = {instancePath:instancePath+"/includeHMAC",schemaPath:"#/components/schemas/flagString/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
if(!((data28 === "true") || (data28 === "false"))){
const err43 = {instancePath:instancePath+"/includeHMAC",schemaPath:"#/components/schemas/flagString/enum",keyword:"enum",params:{allowedValues: schema79.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data.includeOAuth !== undefined){
let data29 = data.includeOAuth;
if(typeof data29 !== "string"){
const err44 = {instancePath:instancePath+"/includeOAuth",schemaPath:"#/components/schemas/flagString/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
if(!((data29 === "true") || (data29 === "false"))){
const err45 = {instancePath:instancePath+"/includeOAuth",schemaPath:"#/components/schemas/flagString/enum",keyword:"enum",params:{allowedValues: schema79.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data.includeSenderAccountasCustomField !== undefined){
let data30 = data.includeSenderAccountasCustomField;
if(typeof data30 !== "string"){
const err46 = {instancePath:instancePath+"/includeSenderAccountasCustomField",schemaPath:"#/components/schemas/flagString/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
if(!((data30 === "true") || (data30 === "false"))){
const err47 = {instancePath:instancePath+"/includeSenderAccountasCustomField",schemaPath:"#/components/schemas/flagString/enum",keyword:"enum",params:{allowedValues: schema79.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data.includeTimeZoneInformation !== undefined){
let data31 = data.includeTimeZoneInformation;
if(typeof data31 !== "string"){
const err48 = {instancePath:instancePath+"/includeTimeZoneInformation",schemaPath:"#/components/schemas/flagString/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
if(!((data31 === "true") || (data31 === "false"))){
const err49 = {instancePath:instancePath+"/includeTimeZoneInformation",schemaPath:"#/components/schemas/flagString/enum",keyword:"enum",params:{allowedValues: schema79.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
if(data.integratorManaged !== undefined){
let data32 = data.integratorManaged;
if(typeof data32 !== "string"){
const err50 = {instancePath:instancePath+"/integratorManaged",schemaPath:"#/components/schemas/flagString/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
if(!((data32 === "true") || (data32 === "false"))){
const err51 = {instancePath:instancePath+"/integratorManaged",schemaPath:"#/components/schemas/flagString/enum",keyword:"enum",params:{allowedValues: schema79.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
if(data.name !== undefined){
if(typeof data.name !== "string"){
const err52 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
if(data.oAuthConfiguration !== undefined){
let data34 = data.oAuthConfiguration;
if(data34 && typeof data34 == "object" && !Array.isArray(data34)){
if(data34.authorizationServerUrl !== undefined){
if(typeof data34.authorizationServerUrl !== "string"){
const err53 = {instancePath:instancePath+"/oAuthConfiguration/authorizationServerUrl",schemaPath:"#/components/schemas/connectOAuthConfig/properties/authorizationServerUrl/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
if(data34.clientId !== undefined){
if(typeof data34.clientId !== "string"){
const err54 = {instancePath:instancePath+"/oAuthConfiguration/clientId",schemaPath:"#/components/schemas/connectOAuthConfig/properties/clientId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
if(data34.clientSecret !== undefined){
if(typeof data34.clientSecret !== "string"){
const err55 = {instancePath:instancePath+"/oAuthConfiguration/clientSecret",schemaPath:"#/components/schemas/connectOAuthConfig/properties/clientSecret/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
if(data34.customParameters !== undefined){
let data38 = data34.customParameters;
const _errs99 = errors;
let valid29 = false;
const _errs100 = errors;
if(data38 && typeof data38 == "object" && !Array.isArray(data38)){
for(const key0 in data38){
if(typeof data38[key0] !== "string"){
const err56 = {instancePath:instancePath+"/oAuthConfiguration/customParameters/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/components/schemas/connectOAuthConfig/properties/customParameters/anyOf/0/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
}
else {
const err57 = {instancePath:instancePath+"/oAuthConfiguration/customParameters",schemaPath:"#/components/schemas/connectOAuthConfig/properties/customParameters/anyOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
var _valid0 = _errs100 === errors;
valid29 = valid29 || _valid0;
const _errs105 = errors;
if(typeof data38 !== "string"){
const err58 = {instancePath:instancePath+"/oAuthConfiguration/customParameters",schemaPath:"#/components/schemas/connectOAuthConfig/properties/customParameters/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
var _valid0 = _errs105 === errors;
valid29 = valid29 || _valid0;
if(!valid29){
const err59 = {instancePath:instancePath+"/oAuthConfiguration/customParameters",schemaPath:"#/components/schemas/connectOAuthConfig/properties/customParameters/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
else {
errors = _errs99;
if(vErrors !== null){
if(_errs99){
vErrors.length = _errs99;
}
else {
vErrors = null;
}
}
}
}
if(data34.scope !== undefined){
if(typeof data34.scope !== "string"){
const err60 = {instancePath:instancePath+"/oAuthConfiguration/scope",schemaPath:"#/components/schemas/connectOAuthConfig/properties/scope/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
}
else {
const err61 = {instancePath:instancePath+"/oAuthConfiguration",schemaPath:"#/components/schemas/connectOAuthConfig/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
if(data.password !== undefined){
if(typeof data.password !== "string"){
const err62 = {instancePath:instancePath+"/password",schemaPath:"#/properties/password/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
if(data.pausePublish !== undefined){
let data42 = data.pausePublish;
if(typeof data42 !== "string"){
const err63 = {instancePath:instancePath+"/pausePublish",schemaPath:"#/components/schemas/flagString/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
if(!((data42 === "true") || (data42 === "false"))){
const err64 = {instancePath:instancePath+"/pausePublish",schemaPath:"#/components/schemas/flagString/enum",keyword:"enum",params:{allowedValues: schema79.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
if(data.recipientEvents !== undefined){
let data43 = data.recipientEvents;
if(Array.isArray(data43)){
const len4 = data43.length;
for(let i4=0; i4<len4; i4++){
if(typeof data43[i4] !== "string"){
const err65 = {instancePath:instancePath+"/recipientEvents/" + i4,schemaPath:"#/properties/recipientEvents/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
}
else {
const err66 = {instancePath:instancePath+"/recipientEvents",schemaPath:"#/properties/recipientEvents/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
if(data.requireMutualTls !== undefined){
let data45 = data.requireMutualTls;
if(typeof data45 !== "string"){
const err67 = {instancePath:instancePath+"/requireMutualTls",schemaPath:"#/components/schemas/flagString/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
if(!((data45 === "true") || (data45 === "false"))){
const err68 = {instancePath:instancePath+"/requireMutualTls",schemaPath:"#/components/schemas/flagString/enum",keyword:"enum",params:{allowedValues: schema79.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
if(data.requiresAcknowledgement !== undefined){
let data46 = data.requiresAcknowledgement;
if(typeof data46 !== "string"){
const err69 = {instancePath:instancePath+"/requiresAcknowledgement",schemaPath:"#/components/schemas/flagString/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
if(!((data46 === "true") || (data46 === "false"))){
const err70 = {instancePath:instancePath+"/requiresAcknowledgement",schemaPath:"#/components/schemas/flagString/enum",keyword:"enum",params:{allowedValues: schema79.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
if(data.salesforceApiVersion !== undefined){
if(typeof data.salesforceApiVersion !== "string"){
const err71 = {instancePath:instancePath+"/salesforceApiVersion",schemaPath:"#/properties/salesforceApiVersion/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
if(data.salesforceAuthcode !== undefined){
if(typeof data.salesforceAuthcode !== "string"){
const err72 = {instancePath:instancePath+"/salesforceAuthcode",schemaPath:"#/properties/salesforceAuthcode/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
if(data.salesforceCallBackUrl !== undefined){
if(typeof data.salesforceCallBackUrl !== "string"){
const err73 = {instancePath:instancePath+"/salesforceCallBackUrl",schemaPath:"#/properties/salesforceCallBackUrl/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
if(data.salesforceDocumentsAsContentFiles !== undefined){
let data50 = data.salesforceDocumentsAsContentFiles;
if(typeof data50 !== "string"){
const err74 = {instancePath:instancePath+"/salesforceDocumentsAsContentFiles",schemaPath:"#/components/schemas/flagString/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
if(!((data50 === "true") || (data50 === "false"))){
const err75 = {instancePath:instancePath+"/salesforceDocumentsAsContentFiles",schemaPath:"#/components/schemas/flagString/enum",keyword:"enum",params:{allowedValues: schema79.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
if(data.senderOverride !== undefined){
if(typeof data.senderOverride !== "string"){
const err76 = {instancePath:instancePath+"/senderOverride",schemaPath:"#/properties/senderOverride/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
if(data.senderSelectableItems !== undefined){
let data52 = data.senderSelectableItems;
if(Array.isArray(data52)){
const len5 = data52.length;
for(let i5=0; i5<len5; i5++){
if(typeof data52[i5] !== "string"){
const err77 = {instancePath:instancePath+"/senderSelectableItems/" + i5,schemaPath:"#/properties/senderSelectableItems/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
}
else {
const err78 = {instancePath:instancePath+"/senderSelectableItems",schemaPath:"#/properties/senderSelectableItems/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
if(data.sfObjects !== undefined){
let data54 = data.sfObjects;
if(Array.isArray(data54)){
const len6 = data54.length;
for(let i6=0; i6<len6; i6++){
if(!(validate34(data54[i6], {instancePath:instancePath+"/sfObjects/" + i6,parentData:data54,parentDataProperty:i6,rootData,dynamicAnchors}))){
if (vErrors === null) vErrors = validate34.errors; else for (const found of validate34.errors) vErrors.push(found);
errors = vErrors.length;
}
}
}
else {
const err79 = {instancePath:instancePath+"/sfObjects",schemaPath:"#/properties/sfObjects/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
if(data.signMessageWithX509Certificate !== undefined){
let data56 = data.signMessageWithX509Certificate;
if(typeof data56 !== "string"){
const err80 = {instancePath:instancePath+"/signMessageWithX509Certificate",schemaPath:"#/components/schemas/flagString/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
if(!((data56 === "true") || (data56 === "false"))){
const err81 = {instancePath:instancePath+"/signMessageWithX509Certificate",schemaPath:"#/components/schemas/flagString/enum",keyword:"enum",params:{allowedValues: schema79.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
}
if(data.soapNamespace !== undefined){
if(typeof data.soapNamespace !== "string"){
const err82 = {instancePath:instancePath+"/soapNamespace",schemaPath:"#/properties/soapNamespace/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
}
if(data.urlToPublishTo !== undefined){
if(typeof data.urlToPublishTo !== "string"){
const err83 = {instancePath:instancePath+"/urlToPublishTo",schemaPath:"#/properties/urlToPublishTo/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
}
if(data.userIds !== undefined){
let data59 = data.userIds;
if(Array.isArray(data59)){
const len7 = data59.length;
for(let i7=0; i7<len7; i7++){
if(typeof data59[i7] !== "string"){
const err84 = {instancePath:instancePath+"/userIds/" + i7,schemaPath:"#/properties/userIds/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
}
}
else {
const err85 = {instancePath:instancePath+"/userIds",schemaPath:"#/properties/userIds/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
}
if(data.userName !== undefined){
if(typeof data.userName !== "string"){
const err86 = {instancePath:instancePath+"/userName",schemaPath:"#/properties/userName/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
}
if(data.useSoapInterface !== undefined){
let data62 = data.useSoapInterface;
if(typeof data62 !== "string"){
const err87 = {instancePath:instancePath+"/useSoapInterface",schemaPath:"#/components/schemas/flagString/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
if(!((data62 === "true") || (data62 === "false"))){
const err88 = {instancePath:instancePath+"/useSoapInterface",schemaPath:"#/components/schemas/flagString/enum",keyword:"enum",params:{allowedValues: schema79.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
}
}
else {
const err89 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
validate33.errors = vErrors;
return errors === 0;
}
validate33.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

exports.validateErrorDetails = validate36;
const schema109 = {"type":"object","additionalProperties":true,"properties":{"errorCode":{"type":"string"},"message":{"type":"string"}}};

function validate36(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate36.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.errorCode !== undefined){
if(typeof data.errorCode !== "string"){
const err0 = {instancePath:instancePath+"/errorCode",schemaPath:"#/properties/errorCode/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.message !== undefined){
if(typeof data.message !== "string"){
const err1 = {instancePath:instancePath+"/message",schemaPath:"#/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
else {
const err2 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
validate36.errors = vErrors;
return errors === 0;
}
validate36.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

