// Generated from openapi.yaml by `npm run generate`. Do not edit: change the spec and regenerate.
'use strict';
exports.validateConnectEvent = validate21;
const schema32 = {"oneOf":[{"$ref":"#/components/schemas/EnvelopeEvent"},{"$ref":"#/components/schemas/RecipientEvent"},{"$ref":"#/components/schemas/TemplateEvent"},{"$ref":"#/components/schemas/ClickEvent"}]};
const schema33 = {"type":"object","required":["event","apiVersion","uri","retryCount","configurationId","generatedDateTime","data"],"properties":{"event":{"$ref":"#/components/schemas/EventName","type":"string","pattern":"^envelope-"},"apiVersion":{"$ref":"#/components/schemas/ConnectApiVersion"},"uri":{"$ref":"#/components/schemas/ConnectResourceUri"},"retryCount":{"$ref":"#/components/schemas/RetryCount"},"configurationId":{"$ref":"#/components/schemas/ConfigurationId"},"generatedDateTime":{"$ref":"#/components/schemas/GeneratedDateTime"},"data":{"$ref":"#/components/schemas/EnvelopeMessageData"}}};
const schema34 = {"type":"string","enum":["envelope-created","envelope-sent","envelope-resent","envelope-delivered","envelope-completed","envelope-declined","envelope-voided","envelope-corrected","envelope-purge","envelope-deleted","envelope-discard","recipient-sent","recipient-autoresponded","recipient-delivered","recipient-completed","recipient-declined","recipient-authenticationfailed","recipient-resent","recipient-delegate","recipient-reassign","recipient-finish-later","template-created","template-modified","template-deleted","click-agreed","click-declined"]};
const schema35 = {"type":"string"};
const schema36 = {"type":"string"};
const schema37 = {"type":"integer","minimum":0};
const schema38 = {"type":"integer","minimum":1};
const schema39 = {"type":"string","format":"date-time"};
const pattern4 = new RegExp("^envelope-", "u");
const formats0 = /^(?:\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)|02-(?:0[1-9]|1\d|2[0-8]))|(?:\d\d(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)[Tt](?:[01]\d|2[0-3]):[0-5]\d:(?:[0-5]\d|60)(?:\.\d+)?(?:[Zz]|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;
const schema40 = {"type":"object","required":["accountId","userId","envelopeId"],"properties":{"accountId":{"$ref":"#/components/schemas/DocuSignGuid"},"userId":{"$ref":"#/components/schemas/DocuSignGuid"},"envelopeId":{"$ref":"#/components/schemas/DocuSignGuid"},"envelopeSummary":{"$ref":"#/components/schemas/EnvelopeSummary"}}};
const schema41 = {"type":"string"};
const schema44 = {"type":"object","properties":{"envelopeId":{"$ref":"#/components/schemas/DocuSignGuid"},"status":{"type":"string"},"emailSubject":{"type":"string"},"sender":{"$ref":"#/components/schemas/EnvelopeSender"},"createdDateTime":{"type":"string"},"sentDateTime":{"type":"string"},"statusChangedDateTime":{"type":"string"},"completedDateTime":{"type":"string"},"voidedReason":{"type":"string"},"purgeState":{"type":"string"},"envelopeUri":{"type":"string"},"recipients":{"$ref":"#/components/schemas/EnvelopeRecipients"},"customFields":{"$ref":"#/components/schemas/EnvelopeCustomFields"},"folders":{"type":"array","items":{"$ref":"#/components/schemas/EnvelopeFolder"}},"envelopeDocuments":{"type":"array","items":{"$ref":"#/components/schemas/EnvelopeDocument"}}}};
const schema46 = {"type":"object","properties":{"userName":{"type":"string"},"userId":{"$ref":"#/components/schemas/DocuSignGuid"},"accountId":{"$ref":"#/components/schemas/DocuSignGuid"},"email":{"type":"string"}}};

function validate25(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate25.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.userName !== undefined){
if(typeof data.userName !== "string"){
const err0 = {instancePath:instancePath+"/userName",schemaPath:"#/properties/userName/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.userId !== undefined){
if(typeof data.userId !== "string"){
const err1 = {instancePath:instancePath+"/userId",schemaPath:"#/components/schemas/DocuSignGuid/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.accountId !== undefined){
if(typeof data.accountId !== "string"){
const err2 = {instancePath:instancePath+"/accountId",schemaPath:"#/components/schemas/DocuSignGuid/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.email !== undefined){
if(typeof data.email !== "string"){
const err3 = {instancePath:instancePath+"/email",schemaPath:"#/properties/email/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
else {
const err4 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
validate25.errors = vErrors;
return errors === 0;
}
validate25.evaluated = {"props":{"userName":true,"userId":true,"accountId":true,"email":true},"dynamicProps":false,"dynamicItems":false};

const schema49 = {"type":"object","properties":{"signers":{"type":"array","items":{"$ref":"#/components/schemas/EnvelopeRecipient"}},"carbonCopies":{"type":"array","items":{"$ref":"#/components/schemas/EnvelopeRecipient"}},"recipientCount":{"type":"string"}}};
const schema50 = {"type":"object","properties":{"recipientId":{"type":"string"},"recipientIdGuid":{"$ref":"#/components/schemas/DocuSignGuid"},"name":{"type":"string"},"email":{"type":"string"},"status":{"type":"string"},"routingOrder":{"type":"string"},"tabs":{"type":"object"}}};

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
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.recipientId !== undefined){
if(typeof data.recipientId !== "string"){
const err0 = {instancePath:instancePath+"/recipientId",schemaPath:"#/properties/recipientId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.recipientIdGuid !== undefined){
if(typeof data.recipientIdGuid !== "string"){
const err1 = {instancePath:instancePath+"/recipientIdGuid",schemaPath:"#/components/schemas/DocuSignGuid/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.name !== undefined){
if(typeof data.name !== "string"){
const err2 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.email !== undefined){
if(typeof data.email !== "string"){
const err3 = {instancePath:instancePath+"/email",schemaPath:"#/properties/email/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.status !== undefined){
if(typeof data.status !== "string"){
const err4 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.routingOrder !== undefined){
if(typeof data.routingOrder !== "string"){
const err5 = {instancePath:instancePath+"/routingOrder",schemaPath:"#/properties/routingOrder/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.tabs !== undefined){
let data6 = data.tabs;
if(!(data6 && typeof data6 == "object" && !Array.isArray(data6))){
const err6 = {instancePath:instancePath+"/tabs",schemaPath:"#/properties/tabs/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate28.errors = vErrors;
return errors === 0;
}
validate28.evaluated = {"props":{"recipientId":true,"recipientIdGuid":true,"name":true,"email":true,"status":true,"routingOrder":true,"tabs":true},"dynamicProps":false,"dynamicItems":false};


function validate27(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate27.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.signers !== undefined){
let data0 = data.signers;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
if(!(validate28(data0[i0], {instancePath:instancePath+"/signers/" + i0,parentData:data0,parentDataProperty:i0,rootData,dynamicAnchors}))){
if (vErrors === null) vErrors = validate28.errors; else for (const found of validate28.errors) vErrors.push(found);
errors = vErrors.length;
}
}
}
else {
const err0 = {instancePath:instancePath+"/signers",schemaPath:"#/properties/signers/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.carbonCopies !== undefined){
let data2 = data.carbonCopies;
if(Array.isArray(data2)){
const len1 = data2.length;
for(let i1=0; i1<len1; i1++){
if(!(validate28(data2[i1], {instancePath:instancePath+"/carbonCopies/" + i1,parentData:data2,parentDataProperty:i1,rootData,dynamicAnchors}))){
if (vErrors === null) vErrors = validate28.errors; else for (const found of validate28.errors) vErrors.push(found);
errors = vErrors.length;
}
}
}
else {
const err1 = {instancePath:instancePath+"/carbonCopies",schemaPath:"#/properties/carbonCopies/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.recipientCount !== undefined){
if(typeof data.recipientCount !== "string"){
const err2 = {instancePath:instancePath+"/recipientCount",schemaPath:"#/properties/recipientCount/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
else {
const err3 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
validate27.errors = vErrors;
return errors === 0;
}
validate27.evaluated = {"props":{"signers":true,"carbonCopies":true,"recipientCount":true},"dynamicProps":false,"dynamicItems":false};

const schema52 = {"type":"object","properties":{"textCustomFields":{"type":"array","items":{"$ref":"#/components/schemas/EnvelopeCustomField"}},"listCustomFields":{"type":"array","items":{"$ref":"#/components/schemas/EnvelopeCustomField"}}}};
const schema53 = {"type":"object","properties":{"fieldId":{"type":"string"},"name":{"type":"string"},"value":{"type":"string"}}};

function validate32(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate32.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.textCustomFields !== undefined){
let data0 = data.textCustomFields;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.fieldId !== undefined){
if(typeof data1.fieldId !== "string"){
const err0 = {instancePath:instancePath+"/textCustomFields/" + i0+"/fieldId",schemaPath:"#/components/schemas/EnvelopeCustomField/properties/fieldId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data1.name !== undefined){
if(typeof data1.name !== "string"){
const err1 = {instancePath:instancePath+"/textCustomFields/" + i0+"/name",schemaPath:"#/components/schemas/EnvelopeCustomField/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data1.value !== undefined){
if(typeof data1.value !== "string"){
const err2 = {instancePath:instancePath+"/textCustomFields/" + i0+"/value",schemaPath:"#/components/schemas/EnvelopeCustomField/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
else {
const err3 = {instancePath:instancePath+"/textCustomFields/" + i0,schemaPath:"#/components/schemas/EnvelopeCustomField/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
else {
const err4 = {instancePath:instancePath+"/textCustomFields",schemaPath:"#/properties/textCustomFields/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.listCustomFields !== undefined){
let data5 = data.listCustomFields;
if(Array.isArray(data5)){
const len1 = data5.length;
for(let i1=0; i1<len1; i1++){
let data6 = data5[i1];
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.fieldId !== undefined){
if(typeof data6.fieldId !== "string"){
const err5 = {instancePath:instancePath+"/listCustomFields/" + i1+"/fieldId",schemaPath:"#/components/schemas/EnvelopeCustomField/properties/fieldId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data6.name !== undefined){
if(typeof data6.name !== "string"){
const err6 = {instancePath:instancePath+"/listCustomFields/" + i1+"/name",schemaPath:"#/components/schemas/EnvelopeCustomField/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data6.value !== undefined){
if(typeof data6.value !== "string"){
const err7 = {instancePath:instancePath+"/listCustomFields/" + i1+"/value",schemaPath:"#/components/schemas/EnvelopeCustomField/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
else {
const err8 = {instancePath:instancePath+"/listCustomFields/" + i1,schemaPath:"#/components/schemas/EnvelopeCustomField/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err9 = {instancePath:instancePath+"/listCustomFields",schemaPath:"#/properties/listCustomFields/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
const err10 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
validate32.errors = vErrors;
return errors === 0;
}
validate32.evaluated = {"props":{"textCustomFields":true,"listCustomFields":true},"dynamicProps":false,"dynamicItems":false};

const schema55 = {"type":"object","properties":{"folderId":{"$ref":"#/components/schemas/DocuSignGuid"},"name":{"type":"string"},"type":{"type":"string"}}};

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
if(data.folderId !== undefined){
if(typeof data.folderId !== "string"){
const err0 = {instancePath:instancePath+"/folderId",schemaPath:"#/components/schemas/DocuSignGuid/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.name !== undefined){
if(typeof data.name !== "string"){
const err1 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.type !== undefined){
if(typeof data.type !== "string"){
const err2 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
else {
const err3 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
validate34.errors = vErrors;
return errors === 0;
}
validate34.evaluated = {"props":{"folderId":true,"name":true,"type":true},"dynamicProps":false,"dynamicItems":false};

const schema57 = {"type":"object","properties":{"documentId":{"type":"string"},"documentIdGuid":{"$ref":"#/components/schemas/DocuSignGuid"},"name":{"type":"string"},"type":{"type":"string"},"order":{"type":"string"},"PDFBytes":{"type":"string"}}};

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
if(data.documentId !== undefined){
if(typeof data.documentId !== "string"){
const err0 = {instancePath:instancePath+"/documentId",schemaPath:"#/properties/documentId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.documentIdGuid !== undefined){
if(typeof data.documentIdGuid !== "string"){
const err1 = {instancePath:instancePath+"/documentIdGuid",schemaPath:"#/components/schemas/DocuSignGuid/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.name !== undefined){
if(typeof data.name !== "string"){
const err2 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.type !== undefined){
if(typeof data.type !== "string"){
const err3 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.order !== undefined){
if(typeof data.order !== "string"){
const err4 = {instancePath:instancePath+"/order",schemaPath:"#/properties/order/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.PDFBytes !== undefined){
if(typeof data.PDFBytes !== "string"){
const err5 = {instancePath:instancePath+"/PDFBytes",schemaPath:"#/properties/PDFBytes/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
else {
const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate36.errors = vErrors;
return errors === 0;
}
validate36.evaluated = {"props":{"documentId":true,"documentIdGuid":true,"name":true,"type":true,"order":true,"PDFBytes":true},"dynamicProps":false,"dynamicItems":false};


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
if(data.envelopeId !== undefined){
if(typeof data.envelopeId !== "string"){
const err0 = {instancePath:instancePath+"/envelopeId",schemaPath:"#/components/schemas/DocuSignGuid/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.status !== undefined){
if(typeof data.status !== "string"){
const err1 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.emailSubject !== undefined){
if(typeof data.emailSubject !== "string"){
const err2 = {instancePath:instancePath+"/emailSubject",schemaPath:"#/properties/emailSubject/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.sender !== undefined){
if(!(validate25(data.sender, {instancePath:instancePath+"/sender",parentData:data,parentDataProperty:"sender",rootData,dynamicAnchors}))){
if (vErrors === null) vErrors = validate25.errors; else for (const found of validate25.errors) vErrors.push(found);
errors = vErrors.length;
}
}
if(data.createdDateTime !== undefined){
if(typeof data.createdDateTime !== "string"){
const err3 = {instancePath:instancePath+"/createdDateTime",schemaPath:"#/properties/createdDateTime/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.sentDateTime !== undefined){
if(typeof data.sentDateTime !== "string"){
const err4 = {instancePath:instancePath+"/sentDateTime",schemaPath:"#/properties/sentDateTime/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.statusChangedDateTime !== undefined){
if(typeof data.statusChangedDateTime !== "string"){
const err5 = {instancePath:instancePath+"/statusChangedDateTime",schemaPath:"#/properties/statusChangedDateTime/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.completedDateTime !== undefined){
if(typeof data.completedDateTime !== "string"){
const err6 = {instancePath:instancePath+"/completedDateTime",schemaPath:"#/properties/completedDateTime/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.voidedReason !== undefined){
if(typeof data.voidedReason !== "string"){
const err7 = {instancePath:instancePath+"/voidedReason",schemaPath:"#/properties/voidedReason/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.purgeState !== undefined){
if(typeof data.purgeState !== "string"){
const err8 = {instancePath:instancePath+"/purgeState",schemaPath:"#/properties/purgeState/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.envelopeUri !== undefined){
if(typeof data.envelopeUri !== "string"){
const err9 = {instancePath:instancePath+"/envelopeUri",schemaPath:"#/properties/envelopeUri/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.recipients !== undefined){
if(!(validate27(data.recipients, {instancePath:instancePath+"/recipients",parentData:data,parentDataProperty:"recipients",rootData,dynamicAnchors}))){
if (vErrors === null) vErrors = validate27.errors; else for (const found of validate27.errors) vErrors.push(found);
errors = vErrors.length;
}
}
if(data.customFields !== undefined){
if(!(validate32(data.customFields, {instancePath:instancePath+"/customFields",parentData:data,parentDataProperty:"customFields",rootData,dynamicAnchors}))){
if (vErrors === null) vErrors = validate32.errors; else for (const found of validate32.errors) vErrors.push(found);
errors = vErrors.length;
}
}
if(data.folders !== undefined){
let data13 = data.folders;
if(Array.isArray(data13)){
const len0 = data13.length;
for(let i0=0; i0<len0; i0++){
if(!(validate34(data13[i0], {instancePath:instancePath+"/folders/" + i0,parentData:data13,parentDataProperty:i0,rootData,dynamicAnchors}))){
if (vErrors === null) vErrors = validate34.errors; else for (const found of validate34.errors) vErrors.push(found);
errors = vErrors.length;
}
}
}
else {
const err10 = {instancePath:instancePath+"/folders",schemaPath:"#/properties/folders/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.envelopeDocuments !== undefined){
let data15 = data.envelopeDocuments;
if(Array.isArray(data15)){
const len1 = data15.length;
for(let i1=0; i1<len1; i1++){
if(!(validate36(data15[i1], {instancePath:instancePath+"/envelopeDocuments/" + i1,parentData:data15,parentDataProperty:i1,rootData,dynamicAnchors}))){
if (vErrors === null) vErrors = validate36.errors; else for (const found of validate36.errors) vErrors.push(found);
errors = vErrors.length;
}
}
}
else {
const err11 = {instancePath:instancePath+"/envelopeDocuments",schemaPath:"#/properties/envelopeDocuments/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
const err12 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
validate24.errors = vErrors;
return errors === 0;
}
validate24.evaluated = {"props":{"envelopeId":true,"status":true,"emailSubject":true,"sender":true,"createdDateTime":true,"sentDateTime":true,"statusChangedDateTime":true,"completedDateTime":true,"voidedReason":true,"purgeState":true,"envelopeUri":true,"recipients":true,"customFields":true,"folders":true,"envelopeDocuments":true},"dynamicProps":false,"dynamicItems":false};


function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate23.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.accountId === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "accountId"},message:"must have required property '"+"accountId"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.userId === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "userId"},message:"must have required property '"+"userId"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.envelopeId === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "envelopeId"},message:"must have required property '"+"envelopeId"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.accountId !== undefined){
if(typeof data.accountId !== "string"){
const err3 = {instancePath:instancePath+"/accountId",schemaPath:"#/components/schemas/DocuSignGuid/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.userId !== undefined){
if(typeof data.userId !== "string"){
const err4 = {instancePath:instancePath+"/userId",schemaPath:"#/components/schemas/DocuSignGuid/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.envelopeId !== undefined){
if(typeof data.envelopeId !== "string"){
const err5 = {instancePath:instancePath+"/envelopeId",schemaPath:"#/components/schemas/DocuSignGuid/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.envelopeSummary !== undefined){
if(!(validate24(data.envelopeSummary, {instancePath:instancePath+"/envelopeSummary",parentData:data,parentDataProperty:"envelopeSummary",rootData,dynamicAnchors}))){
if (vErrors === null) vErrors = validate24.errors; else for (const found of validate24.errors) vErrors.push(found);
errors = vErrors.length;
}
}
}
else {
const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate23.errors = vErrors;
return errors === 0;
}
validate23.evaluated = {"props":{"accountId":true,"userId":true,"envelopeId":true,"envelopeSummary":true},"dynamicProps":false,"dynamicItems":false};


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
if(data.event === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "event"},message:"must have required property '"+"event"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.apiVersion === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "apiVersion"},message:"must have required property '"+"apiVersion"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.uri === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "uri"},message:"must have required property '"+"uri"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.retryCount === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "retryCount"},message:"must have required property '"+"retryCount"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.configurationId === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "configurationId"},message:"must have required property '"+"configurationId"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.generatedDateTime === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "generatedDateTime"},message:"must have required property '"+"generatedDateTime"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.data === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "data"},message:"must have required property '"+"data"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.event !== undefined){
let data0 = data.event;
if(typeof data0 !== "string"){
const err7 = {instancePath:instancePath+"/event",schemaPath:"#/components/schemas/EventName/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(!((((((((((((((((((((((((((data0 === "envelope-created") || (data0 === "envelope-sent")) || (data0 === "envelope-resent")) || (data0 === "envelope-delivered")) || (data0 === "envelope-completed")) || (data0 === "envelope-declined")) || (data0 === "envelope-voided")) || (data0 === "envelope-corrected")) || (data0 === "envelope-purge")) || (data0 === "envelope-deleted")) || (data0 === "envelope-discard")) || (data0 === "recipient-sent")) || (data0 === "recipient-autoresponded")) || (data0 === "recipient-delivered")) || (data0 === "recipient-completed")) || (data0 === "recipient-declined")) || (data0 === "recipient-authenticationfailed")) || (data0 === "recipient-resent")) || (data0 === "recipient-delegate")) || (data0 === "recipient-reassign")) || (data0 === "recipient-finish-later")) || (data0 === "template-created")) || (data0 === "template-modified")) || (data0 === "template-deleted")) || (data0 === "click-agreed")) || (data0 === "click-declined"))){
const err8 = {instancePath:instancePath+"/event",schemaPath:"#/components/schemas/EventName/enum",keyword:"enum",params:{allowedValues: schema34.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(typeof data0 === "string"){
if(!pattern4.test(data0)){
const err9 = {instancePath:instancePath+"/event",schemaPath:"#/properties/event/pattern",keyword:"pattern",params:{pattern: "^envelope-"},message:"must match pattern \""+"^envelope-"+"\""};
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
const err10 = {instancePath:instancePath+"/event",schemaPath:"#/properties/event/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.apiVersion !== undefined){
if(typeof data.apiVersion !== "string"){
const err11 = {instancePath:instancePath+"/apiVersion",schemaPath:"#/components/schemas/ConnectApiVersion/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.uri !== undefined){
if(typeof data.uri !== "string"){
const err12 = {instancePath:instancePath+"/uri",schemaPath:"#/components/schemas/ConnectResourceUri/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.retryCount !== undefined){
let data3 = data.retryCount;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err13 = {instancePath:instancePath+"/retryCount",schemaPath:"#/components/schemas/RetryCount/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 0 || isNaN(data3)){
const err14 = {instancePath:instancePath+"/retryCount",schemaPath:"#/components/schemas/RetryCount/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
if(data.configurationId !== undefined){
let data4 = data.configurationId;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err15 = {instancePath:instancePath+"/configurationId",schemaPath:"#/components/schemas/ConfigurationId/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 < 1 || isNaN(data4)){
const err16 = {instancePath:instancePath+"/configurationId",schemaPath:"#/components/schemas/ConfigurationId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
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
if(data.generatedDateTime !== undefined){
let data5 = data.generatedDateTime;
if(typeof data5 === "string"){
if(!(formats0.test(data5))){
const err17 = {instancePath:instancePath+"/generatedDateTime",schemaPath:"#/components/schemas/GeneratedDateTime/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
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
const err18 = {instancePath:instancePath+"/generatedDateTime",schemaPath:"#/components/schemas/GeneratedDateTime/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.data !== undefined){
if(!(validate23(data.data, {instancePath:instancePath+"/data",parentData:data,parentDataProperty:"data",rootData,dynamicAnchors}))){
if (vErrors === null) vErrors = validate23.errors; else for (const found of validate23.errors) vErrors.push(found);
errors = vErrors.length;
}
}
}
else {
const err19 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
validate22.errors = vErrors;
return errors === 0;
}
validate22.evaluated = {"props":{"event":true,"apiVersion":true,"uri":true,"retryCount":true,"configurationId":true,"generatedDateTime":true,"data":true},"dynamicProps":false,"dynamicItems":false};

const schema59 = {"type":"object","required":["event","apiVersion","uri","retryCount","configurationId","generatedDateTime","data"],"properties":{"event":{"$ref":"#/components/schemas/EventName","type":"string","pattern":"^recipient-"},"apiVersion":{"$ref":"#/components/schemas/ConnectApiVersion"},"uri":{"$ref":"#/components/schemas/ConnectResourceUri"},"retryCount":{"$ref":"#/components/schemas/RetryCount"},"configurationId":{"$ref":"#/components/schemas/ConfigurationId"},"generatedDateTime":{"$ref":"#/components/schemas/GeneratedDateTime"},"data":{"$ref":"#/components/schemas/RecipientMessageData"}}};
const pattern5 = new RegExp("^recipient-", "u");
const schema66 = {"type":"object","required":["accountId","userId","envelopeId","recipientId"],"properties":{"accountId":{"$ref":"#/components/schemas/DocuSignGuid"},"userId":{"$ref":"#/components/schemas/DocuSignGuid"},"envelopeId":{"$ref":"#/components/schemas/DocuSignGuid"},"recipientId":{"type":"string"},"envelopeSummary":{"$ref":"#/components/schemas/EnvelopeSummary"}}};

function validate42(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate42.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.accountId === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "accountId"},message:"must have required property '"+"accountId"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.userId === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "userId"},message:"must have required property '"+"userId"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.envelopeId === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "envelopeId"},message:"must have required property '"+"envelopeId"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.recipientId === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "recipientId"},message:"must have required property '"+"recipientId"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.accountId !== undefined){
if(typeof data.accountId !== "string"){
const err4 = {instancePath:instancePath+"/accountId",schemaPath:"#/components/schemas/DocuSignGuid/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.userId !== undefined){
if(typeof data.userId !== "string"){
const err5 = {instancePath:instancePath+"/userId",schemaPath:"#/components/schemas/DocuSignGuid/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.envelopeId !== undefined){
if(typeof data.envelopeId !== "string"){
const err6 = {instancePath:instancePath+"/envelopeId",schemaPath:"#/components/schemas/DocuSignGuid/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.recipientId !== undefined){
if(typeof data.recipientId !== "string"){
const err7 = {instancePath:instancePath+"/recipientId",schemaPath:"#/properties/recipientId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.envelopeSummary !== undefined){
if(!(validate24(data.envelopeSummary, {instancePath:instancePath+"/envelopeSummary",parentData:data,parentDataProperty:"envelopeSummary",rootData,dynamicAnchors}))){
if (vErrors === null) vErrors = validate24.errors; else for (const found of validate24.errors) vErrors.push(found);
errors = vErrors.length;
}
}
}
else {
const err8 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
validate42.errors = vErrors;
return errors === 0;
}
validate42.evaluated = {"props":{"accountId":true,"userId":true,"envelopeId":true,"recipientId":true,"envelopeSummary":true},"dynamicProps":false,"dynamicItems":false};


function validate41(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate41.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.event === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "event"},message:"must have required property '"+"event"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.apiVersion === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "apiVersion"},message:"must have required property '"+"apiVersion"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.uri === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "uri"},message:"must have required property '"+"uri"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.retryCount === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "retryCount"},message:"must have required property '"+"retryCount"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.configurationId === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "configurationId"},message:"must have required property '"+"configurationId"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.generatedDateTime === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "generatedDateTime"},message:"must have required property '"+"generatedDateTime"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.data === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "data"},message:"must have required property '"+"data"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.event !== undefined){
let data0 = data.event;
if(typeof data0 !== "string"){
const err7 = {instancePath:instancePath+"/event",schemaPath:"#/components/schemas/EventName/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(!((((((((((((((((((((((((((data0 === "envelope-created") || (data0 === "envelope-sent")) || (data0 === "envelope-resent")) || (data0 === "envelope-delivered")) || (data0 === "envelope-completed")) || (data0 === "envelope-declined")) || (data0 === "envelope-voided")) || (data0 === "envelope-corrected")) || (data0 === "envelope-purge")) || (data0 === "envelope-deleted")) || (data0 === "envelope-discard")) || (data0 === "recipient-sent")) || (data0 === "recipient-autoresponded")) || (data0 === "recipient-delivered")) || (data0 === "recipient-completed")) || (data0 === "recipient-declined")) || (data0 === "recipient-authenticationfailed")) || (data0 === "recipient-resent")) || (data0 === "recipient-delegate")) || (data0 === "recipient-reassign")) || (data0 === "recipient-finish-later")) || (data0 === "template-created")) || (data0 === "template-modified")) || (data0 === "template-deleted")) || (data0 === "click-agreed")) || (data0 === "click-declined"))){
const err8 = {instancePath:instancePath+"/event",schemaPath:"#/components/schemas/EventName/enum",keyword:"enum",params:{allowedValues: schema34.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(typeof data0 === "string"){
if(!pattern5.test(data0)){
const err9 = {instancePath:instancePath+"/event",schemaPath:"#/properties/event/pattern",keyword:"pattern",params:{pattern: "^recipient-"},message:"must match pattern \""+"^recipient-"+"\""};
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
const err10 = {instancePath:instancePath+"/event",schemaPath:"#/properties/event/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.apiVersion !== undefined){
if(typeof data.apiVersion !== "string"){
const err11 = {instancePath:instancePath+"/apiVersion",schemaPath:"#/components/schemas/ConnectApiVersion/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.uri !== undefined){
if(typeof data.uri !== "string"){
const err12 = {instancePath:instancePath+"/uri",schemaPath:"#/components/schemas/ConnectResourceUri/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.retryCount !== undefined){
let data3 = data.retryCount;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err13 = {instancePath:instancePath+"/retryCount",schemaPath:"#/components/schemas/RetryCount/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 0 || isNaN(data3)){
const err14 = {instancePath:instancePath+"/retryCount",schemaPath:"#/components/schemas/RetryCount/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
if(data.configurationId !== undefined){
let data4 = data.configurationId;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err15 = {instancePath:instancePath+"/configurationId",schemaPath:"#/components/schemas/ConfigurationId/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 < 1 || isNaN(data4)){
const err16 = {instancePath:instancePath+"/configurationId",schemaPath:"#/components/schemas/ConfigurationId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
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
if(data.generatedDateTime !== undefined){
let data5 = data.generatedDateTime;
if(typeof data5 === "string"){
if(!(formats0.test(data5))){
const err17 = {instancePath:instancePath+"/generatedDateTime",schemaPath:"#/components/schemas/GeneratedDateTime/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
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
const err18 = {instancePath:instancePath+"/generatedDateTime",schemaPath:"#/components/schemas/GeneratedDateTime/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.data !== undefined){
if(!(validate42(data.data, {instancePath:instancePath+"/data",parentData:data,parentDataProperty:"data",rootData,dynamicAnchors}))){
if (vErrors === null) vErrors = validate42.errors; else for (const found of validate42.errors) vErrors.push(found);
errors = vErrors.length;
}
}
}
else {
const err19 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
validate41.errors = vErrors;
return errors === 0;
}
validate41.evaluated = {"props":{"event":true,"apiVersion":true,"uri":true,"retryCount":true,"configurationId":true,"generatedDateTime":true,"data":true},"dynamicProps":false,"dynamicItems":false};

const schema70 = {"type":"object","required":["event","configurationId","generatedDateTime","data"],"properties":{"event":{"$ref":"#/components/schemas/EventName","type":"string","pattern":"^template-"},"apiVersion":{"$ref":"#/components/schemas/ConnectApiVersion"},"uri":{"$ref":"#/components/schemas/ConnectResourceUri"},"retryCount":{"$ref":"#/components/schemas/RetryCount"},"configurationId":{"$ref":"#/components/schemas/ConfigurationId"},"generatedDateTime":{"$ref":"#/components/schemas/GeneratedDateTime"},"data":{"$ref":"#/components/schemas/TemplateMessageData"}}};
const pattern6 = new RegExp("^template-", "u");
const schema77 = {"type":"object","properties":{"accountId":{"$ref":"#/components/schemas/DocuSignGuid"},"userId":{"$ref":"#/components/schemas/DocuSignGuid"},"templateId":{"$ref":"#/components/schemas/DocuSignGuid"}}};

function validate47(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate47.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.accountId !== undefined){
if(typeof data.accountId !== "string"){
const err0 = {instancePath:instancePath+"/accountId",schemaPath:"#/components/schemas/DocuSignGuid/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.userId !== undefined){
if(typeof data.userId !== "string"){
const err1 = {instancePath:instancePath+"/userId",schemaPath:"#/components/schemas/DocuSignGuid/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.templateId !== undefined){
if(typeof data.templateId !== "string"){
const err2 = {instancePath:instancePath+"/templateId",schemaPath:"#/components/schemas/DocuSignGuid/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
else {
const err3 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
validate47.errors = vErrors;
return errors === 0;
}
validate47.evaluated = {"props":{"accountId":true,"userId":true,"templateId":true},"dynamicProps":false,"dynamicItems":false};


function validate46(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate46.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.event === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "event"},message:"must have required property '"+"event"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.configurationId === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "configurationId"},message:"must have required property '"+"configurationId"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.generatedDateTime === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "generatedDateTime"},message:"must have required property '"+"generatedDateTime"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.data === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "data"},message:"must have required property '"+"data"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.event !== undefined){
let data0 = data.event;
if(typeof data0 !== "string"){
const err4 = {instancePath:instancePath+"/event",schemaPath:"#/components/schemas/EventName/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(!((((((((((((((((((((((((((data0 === "envelope-created") || (data0 === "envelope-sent")) || (data0 === "envelope-resent")) || (data0 === "envelope-delivered")) || (data0 === "envelope-completed")) || (data0 === "envelope-declined")) || (data0 === "envelope-voided")) || (data0 === "envelope-corrected")) || (data0 === "envelope-purge")) || (data0 === "envelope-deleted")) || (data0 === "envelope-discard")) || (data0 === "recipient-sent")) || (data0 === "recipient-autoresponded")) || (data0 === "recipient-delivered")) || (data0 === "recipient-completed")) || (data0 === "recipient-declined")) || (data0 === "recipient-authenticationfailed")) || (data0 === "recipient-resent")) || (data0 === "recipient-delegate")) || (data0 === "recipient-reassign")) || (data0 === "recipient-finish-later")) || (data0 === "template-created")) || (data0 === "template-modified")) || (data0 === "template-deleted")) || (data0 === "click-agreed")) || (data0 === "click-declined"))){
const err5 = {instancePath:instancePath+"/event",schemaPath:"#/components/schemas/EventName/enum",keyword:"enum",params:{allowedValues: schema34.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(typeof data0 === "string"){
if(!pattern6.test(data0)){
const err6 = {instancePath:instancePath+"/event",schemaPath:"#/properties/event/pattern",keyword:"pattern",params:{pattern: "^template-"},message:"must match pattern \""+"^template-"+"\""};
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
const err7 = {instancePath:instancePath+"/event",schemaPath:"#/properties/event/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.apiVersion !== undefined){
if(typeof data.apiVersion !== "string"){
const err8 = {instancePath:instancePath+"/apiVersion",schemaPath:"#/components/schemas/ConnectApiVersion/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.uri !== undefined){
if(typeof data.uri !== "string"){
const err9 = {instancePath:instancePath+"/uri",schemaPath:"#/components/schemas/ConnectResourceUri/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.retryCount !== undefined){
let data3 = data.retryCount;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err10 = {instancePath:instancePath+"/retryCount",schemaPath:"#/components/schemas/RetryCount/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 0 || isNaN(data3)){
const err11 = {instancePath:instancePath+"/retryCount",schemaPath:"#/components/schemas/RetryCount/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
if(data.configurationId !== undefined){
let data4 = data.configurationId;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err12 = {instancePath:instancePath+"/configurationId",schemaPath:"#/components/schemas/ConfigurationId/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 < 1 || isNaN(data4)){
const err13 = {instancePath:instancePath+"/configurationId",schemaPath:"#/components/schemas/ConfigurationId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
if(data.generatedDateTime !== undefined){
let data5 = data.generatedDateTime;
if(typeof data5 === "string"){
if(!(formats0.test(data5))){
const err14 = {instancePath:instancePath+"/generatedDateTime",schemaPath:"#/components/schemas/GeneratedDateTime/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
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
const err15 = {instancePath:instancePath+"/generatedDateTime",schemaPath:"#/components/schemas/GeneratedDateTime/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.data !== undefined){
if(!(validate47(data.data, {instancePath:instancePath+"/data",parentData:data,parentDataProperty:"data",rootData,dynamicAnchors}))){
if (vErrors === null) vErrors = validate47.errors; else for (const found of validate47.errors) vErrors.push(found);
errors = vErrors.length;
}
}
}
else {
const err16 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
validate46.errors = vErrors;
return errors === 0;
}
validate46.evaluated = {"props":{"event":true,"apiVersion":true,"uri":true,"retryCount":true,"configurationId":true,"generatedDateTime":true,"data":true},"dynamicProps":false,"dynamicItems":false};

const schema81 = {"type":"object","required":["event","configurationId","generatedDateTime","data"],"properties":{"event":{"$ref":"#/components/schemas/EventName","type":"string","pattern":"^click-"},"apiVersion":{"$ref":"#/components/schemas/ConnectApiVersion"},"uri":{"$ref":"#/components/schemas/ConnectResourceUri"},"retryCount":{"$ref":"#/components/schemas/RetryCount"},"configurationId":{"$ref":"#/components/schemas/ConfigurationId"},"generatedDateTime":{"$ref":"#/components/schemas/GeneratedDateTime"},"data":{"$ref":"#/components/schemas/ClickMessageData"}}};
const pattern7 = new RegExp("^click-", "u");
const schema88 = {"type":"object","properties":{"accountId":{"$ref":"#/components/schemas/DocuSignGuid"},"userId":{"$ref":"#/components/schemas/DocuSignGuid"},"clickwrapId":{"$ref":"#/components/schemas/DocuSignGuid"}}};

function validate51(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate51.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.accountId !== undefined){
if(typeof data.accountId !== "string"){
const err0 = {instancePath:instancePath+"/accountId",schemaPath:"#/components/schemas/DocuSignGuid/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.userId !== undefined){
if(typeof data.userId !== "string"){
const err1 = {instancePath:instancePath+"/userId",schemaPath:"#/components/schemas/DocuSignGuid/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.clickwrapId !== undefined){
if(typeof data.clickwrapId !== "string"){
const err2 = {instancePath:instancePath+"/clickwrapId",schemaPath:"#/components/schemas/DocuSignGuid/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
else {
const err3 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
validate51.errors = vErrors;
return errors === 0;
}
validate51.evaluated = {"props":{"accountId":true,"userId":true,"clickwrapId":true},"dynamicProps":false,"dynamicItems":false};


function validate50(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate50.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.event === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "event"},message:"must have required property '"+"event"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.configurationId === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "configurationId"},message:"must have required property '"+"configurationId"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.generatedDateTime === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "generatedDateTime"},message:"must have required property '"+"generatedDateTime"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.data === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "data"},message:"must have required property '"+"data"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.event !== undefined){
let data0 = data.event;
if(typeof data0 !== "string"){
const err4 = {instancePath:instancePath+"/event",schemaPath:"#/components/schemas/EventName/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(!((((((((((((((((((((((((((data0 === "envelope-created") || (data0 === "envelope-sent")) || (data0 === "envelope-resent")) || (data0 === "envelope-delivered")) || (data0 === "envelope-completed")) || (data0 === "envelope-declined")) || (data0 === "envelope-voided")) || (data0 === "envelope-corrected")) || (data0 === "envelope-purge")) || (data0 === "envelope-deleted")) || (data0 === "envelope-discard")) || (data0 === "recipient-sent")) || (data0 === "recipient-autoresponded")) || (data0 === "recipient-delivered")) || (data0 === "recipient-completed")) || (data0 === "recipient-declined")) || (data0 === "recipient-authenticationfailed")) || (data0 === "recipient-resent")) || (data0 === "recipient-delegate")) || (data0 === "recipient-reassign")) || (data0 === "recipient-finish-later")) || (data0 === "template-created")) || (data0 === "template-modified")) || (data0 === "template-deleted")) || (data0 === "click-agreed")) || (data0 === "click-declined"))){
const err5 = {instancePath:instancePath+"/event",schemaPath:"#/components/schemas/EventName/enum",keyword:"enum",params:{allowedValues: schema34.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(typeof data0 === "string"){
if(!pattern7.test(data0)){
const err6 = {instancePath:instancePath+"/event",schemaPath:"#/properties/event/pattern",keyword:"pattern",params:{pattern: "^click-"},message:"must match pattern \""+"^click-"+"\""};
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
const err7 = {instancePath:instancePath+"/event",schemaPath:"#/properties/event/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.apiVersion !== undefined){
if(typeof data.apiVersion !== "string"){
const err8 = {instancePath:instancePath+"/apiVersion",schemaPath:"#/components/schemas/ConnectApiVersion/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.uri !== undefined){
if(typeof data.uri !== "string"){
const err9 = {instancePath:instancePath+"/uri",schemaPath:"#/components/schemas/ConnectResourceUri/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.retryCount !== undefined){
let data3 = data.retryCount;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err10 = {instancePath:instancePath+"/retryCount",schemaPath:"#/components/schemas/RetryCount/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 0 || isNaN(data3)){
const err11 = {instancePath:instancePath+"/retryCount",schemaPath:"#/components/schemas/RetryCount/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
if(data.configurationId !== undefined){
let data4 = data.configurationId;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err12 = {instancePath:instancePath+"/configurationId",schemaPath:"#/components/schemas/ConfigurationId/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 < 1 || isNaN(data4)){
const err13 = {instancePath:instancePath+"/configurationId",schemaPath:"#/components/schemas/ConfigurationId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
if(data.generatedDateTime !== undefined){
let data5 = data.generatedDateTime;
if(typeof data5 === "string"){
if(!(formats0.test(data5))){
const err14 = {instancePath:instancePath+"/generatedDateTime",schemaPath:"#/components/schemas/GeneratedDateTime/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
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
const err15 = {instancePath:instancePath+"/generatedDateTime",schemaPath:"#/components/schemas/GeneratedDateTime/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.data !== undefined){
if(!(validate51(data.data, {instancePath:instancePath+"/data",parentData:data,parentDataProperty:"data",rootData,dynamicAnchors}))){
if (vErrors === null) vErrors = validate51.errors; else for (const found of validate51.errors) vErrors.push(found);
errors = vErrors.length;
}
}
}
else {
const err16 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
validate50.errors = vErrors;
return errors === 0;
}
validate50.evaluated = {"props":{"event":true,"apiVersion":true,"uri":true,"retryCount":true,"configurationId":true,"generatedDateTime":true,"data":true},"dynamicProps":false,"dynamicItems":false};


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
const _errs0 = errors;
let valid0 = false;
let passing0 = null;
const _errs1 = errors;
if(!(validate22(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
if (vErrors === null) vErrors = validate22.errors; else for (const found of validate22.errors) vErrors.push(found);
errors = vErrors.length;
}
var _valid0 = _errs1 === errors;
if(_valid0){
valid0 = true;
passing0 = 0;
var props0 = {};
props0.event = true;
props0.apiVersion = true;
props0.uri = true;
props0.retryCount = true;
props0.configurationId = true;
props0.generatedDateTime = true;
props0.data = true;
}
const _errs2 = errors;
if(!(validate41(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
if (vErrors === null) vErrors = validate41.errors; else for (const found of validate41.errors) vErrors.push(found);
errors = vErrors.length;
}
var _valid0 = _errs2 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid0 = true;
passing0 = 1;
if(props0 !== true){
props0 = props0 || {};
props0.event = true;
props0.apiVersion = true;
props0.uri = true;
props0.retryCount = true;
props0.configurationId = true;
props0.generatedDateTime = true;
props0.data = true;
}
}
const _errs3 = errors;
if(!(validate46(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
if (vErrors === null) vErrors = validate46.errors; else for (const found of validate46.errors) vErrors.push(found);
errors = vErrors.length;
}
var _valid0 = _errs3 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 2];
}
else {
if(_valid0){
valid0 = true;
passing0 = 2;
if(props0 !== true){
props0 = props0 || {};
props0.event = true;
props0.apiVersion = true;
props0.uri = true;
props0.retryCount = true;
props0.configurationId = true;
props0.generatedDateTime = true;
props0.data = true;
}
}
const _errs4 = errors;
if(!(validate50(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
if (vErrors === null) vErrors = validate50.errors; else for (const found of validate50.errors) vErrors.push(found);
errors = vErrors.length;
}
var _valid0 = _errs4 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 3];
}
else {
if(_valid0){
valid0 = true;
passing0 = 3;
if(props0 !== true){
props0 = props0 || {};
props0.event = true;
props0.apiVersion = true;
props0.uri = true;
props0.retryCount = true;
props0.configurationId = true;
props0.generatedDateTime = true;
props0.data = true;
}
}
}
}
}
if(!valid0){
const err0 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
}
validate21.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate21.evaluated = {"dynamicProps":true,"dynamicItems":false};

exports.validateEnvelopeEvent = validate54;

function validate54(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate54.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.event === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "event"},message:"must have required property '"+"event"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.apiVersion === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "apiVersion"},message:"must have required property '"+"apiVersion"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.uri === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "uri"},message:"must have required property '"+"uri"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.retryCount === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "retryCount"},message:"must have required property '"+"retryCount"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.configurationId === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "configurationId"},message:"must have required property '"+"configurationId"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.generatedDateTime === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "generatedDateTime"},message:"must have required property '"+"generatedDateTime"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.data === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "data"},message:"must have required property '"+"data"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.event !== undefined){
let data0 = data.event;
if(typeof data0 !== "string"){
const err7 = {instancePath:instancePath+"/event",schemaPath:"#/components/schemas/EventName/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(!((((((((((((((((((((((((((data0 === "envelope-created") || (data0 === "envelope-sent")) || (data0 === "envelope-resent")) || (data0 === "envelope-delivered")) || (data0 === "envelope-completed")) || (data0 === "envelope-declined")) || (data0 === "envelope-voided")) || (data0 === "envelope-corrected")) || (data0 === "envelope-purge")) || (data0 === "envelope-deleted")) || (data0 === "envelope-discard")) || (data0 === "recipient-sent")) || (data0 === "recipient-autoresponded")) || (data0 === "recipient-delivered")) || (data0 === "recipient-completed")) || (data0 === "recipient-declined")) || (data0 === "recipient-authenticationfailed")) || (data0 === "recipient-resent")) || (data0 === "recipient-delegate")) || (data0 === "recipient-reassign")) || (data0 === "recipient-finish-later")) || (data0 === "template-created")) || (data0 === "template-modified")) || (data0 === "template-deleted")) || (data0 === "click-agreed")) || (data0 === "click-declined"))){
const err8 = {instancePath:instancePath+"/event",schemaPath:"#/components/schemas/EventName/enum",keyword:"enum",params:{allowedValues: schema34.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(typeof data0 === "string"){
if(!pattern4.test(data0)){
const err9 = {instancePath:instancePath+"/event",schemaPath:"#/properties/event/pattern",keyword:"pattern",params:{pattern: "^envelope-"},message:"must match pattern \""+"^envelope-"+"\""};
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
const err10 = {instancePath:instancePath+"/event",schemaPath:"#/properties/event/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.apiVersion !== undefined){
if(typeof data.apiVersion !== "string"){
const err11 = {instancePath:instancePath+"/apiVersion",schemaPath:"#/components/schemas/ConnectApiVersion/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.uri !== undefined){
if(typeof data.uri !== "string"){
const err12 = {instancePath:instancePath+"/uri",schemaPath:"#/components/schemas/ConnectResourceUri/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.retryCount !== undefined){
let data3 = data.retryCount;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err13 = {instancePath:instancePath+"/retryCount",schemaPath:"#/components/schemas/RetryCount/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 0 || isNaN(data3)){
const err14 = {instancePath:instancePath+"/retryCount",schemaPath:"#/components/schemas/RetryCount/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
if(data.configurationId !== undefined){
let data4 = data.configurationId;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err15 = {instancePath:instancePath+"/configurationId",schemaPath:"#/components/schemas/ConfigurationId/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 < 1 || isNaN(data4)){
const err16 = {instancePath:instancePath+"/configurationId",schemaPath:"#/components/schemas/ConfigurationId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
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
if(data.generatedDateTime !== undefined){
let data5 = data.generatedDateTime;
if(typeof data5 === "string"){
if(!(formats0.test(data5))){
const err17 = {instancePath:instancePath+"/generatedDateTime",schemaPath:"#/components/schemas/GeneratedDateTime/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
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
const err18 = {instancePath:instancePath+"/generatedDateTime",schemaPath:"#/components/schemas/GeneratedDateTime/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.data !== undefined){
if(!(validate23(data.data, {instancePath:instancePath+"/data",parentData:data,parentDataProperty:"data",rootData,dynamicAnchors}))){
if (vErrors === null) vErrors = validate23.errors; else for (const found of validate23.errors) vErrors.push(found);
errors = vErrors.length;
}
}
}
else {
const err19 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
validate54.errors = vErrors;
return errors === 0;
}
validate54.evaluated = {"props":{"event":true,"apiVersion":true,"uri":true,"retryCount":true,"configurationId":true,"generatedDateTime":true,"data":true},"dynamicProps":false,"dynamicItems":false};

exports.validateRecipientEvent = validate56;

function validate56(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate56.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.event === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "event"},message:"must have required property '"+"event"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.apiVersion === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "apiVersion"},message:"must have required property '"+"apiVersion"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.uri === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "uri"},message:"must have required property '"+"uri"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.retryCount === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "retryCount"},message:"must have required property '"+"retryCount"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.configurationId === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "configurationId"},message:"must have required property '"+"configurationId"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.generatedDateTime === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "generatedDateTime"},message:"must have required property '"+"generatedDateTime"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.data === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "data"},message:"must have required property '"+"data"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.event !== undefined){
let data0 = data.event;
if(typeof data0 !== "string"){
const err7 = {instancePath:instancePath+"/event",schemaPath:"#/components/schemas/EventName/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(!((((((((((((((((((((((((((data0 === "envelope-created") || (data0 === "envelope-sent")) || (data0 === "envelope-resent")) || (data0 === "envelope-delivered")) || (data0 === "envelope-completed")) || (data0 === "envelope-declined")) || (data0 === "envelope-voided")) || (data0 === "envelope-corrected")) || (data0 === "envelope-purge")) || (data0 === "envelope-deleted")) || (data0 === "envelope-discard")) || (data0 === "recipient-sent")) || (data0 === "recipient-autoresponded")) || (data0 === "recipient-delivered")) || (data0 === "recipient-completed")) || (data0 === "recipient-declined")) || (data0 === "recipient-authenticationfailed")) || (data0 === "recipient-resent")) || (data0 === "recipient-delegate")) || (data0 === "recipient-reassign")) || (data0 === "recipient-finish-later")) || (data0 === "template-created")) || (data0 === "template-modified")) || (data0 === "template-deleted")) || (data0 === "click-agreed")) || (data0 === "click-declined"))){
const err8 = {instancePath:instancePath+"/event",schemaPath:"#/components/schemas/EventName/enum",keyword:"enum",params:{allowedValues: schema34.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(typeof data0 === "string"){
if(!pattern5.test(data0)){
const err9 = {instancePath:instancePath+"/event",schemaPath:"#/properties/event/pattern",keyword:"pattern",params:{pattern: "^recipient-"},message:"must match pattern \""+"^recipient-"+"\""};
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
const err10 = {instancePath:instancePath+"/event",schemaPath:"#/properties/event/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.apiVersion !== undefined){
if(typeof data.apiVersion !== "string"){
const err11 = {instancePath:instancePath+"/apiVersion",schemaPath:"#/components/schemas/ConnectApiVersion/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.uri !== undefined){
if(typeof data.uri !== "string"){
const err12 = {instancePath:instancePath+"/uri",schemaPath:"#/components/schemas/ConnectResourceUri/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.retryCount !== undefined){
let data3 = data.retryCount;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err13 = {instancePath:instancePath+"/retryCount",schemaPath:"#/components/schemas/RetryCount/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 0 || isNaN(data3)){
const err14 = {instancePath:instancePath+"/retryCount",schemaPath:"#/components/schemas/RetryCount/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
if(data.configurationId !== undefined){
let data4 = data.configurationId;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err15 = {instancePath:instancePath+"/configurationId",schemaPath:"#/components/schemas/ConfigurationId/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 < 1 || isNaN(data4)){
const err16 = {instancePath:instancePath+"/configurationId",schemaPath:"#/components/schemas/ConfigurationId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
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
if(data.generatedDateTime !== undefined){
let data5 = data.generatedDateTime;
if(typeof data5 === "string"){
if(!(formats0.test(data5))){
const err17 = {instancePath:instancePath+"/generatedDateTime",schemaPath:"#/components/schemas/GeneratedDateTime/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
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
const err18 = {instancePath:instancePath+"/generatedDateTime",schemaPath:"#/components/schemas/GeneratedDateTime/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.data !== undefined){
if(!(validate42(data.data, {instancePath:instancePath+"/data",parentData:data,parentDataProperty:"data",rootData,dynamicAnchors}))){
if (vErrors === null) vErrors = validate42.errors; else for (const found of validate42.errors) vErrors.push(found);
errors = vErrors.length;
}
}
}
else {
const err19 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
validate56.errors = vErrors;
return errors === 0;
}
validate56.evaluated = {"props":{"event":true,"apiVersion":true,"uri":true,"retryCount":true,"configurationId":true,"generatedDateTime":true,"data":true},"dynamicProps":false,"dynamicItems":false};

exports.validateTemplateEvent = validate58;

function validate58(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate58.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.event === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "event"},message:"must have required property '"+"event"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.configurationId === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "configurationId"},message:"must have required property '"+"configurationId"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.generatedDateTime === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "generatedDateTime"},message:"must have required property '"+"generatedDateTime"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.data === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "data"},message:"must have required property '"+"data"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.event !== undefined){
let data0 = data.event;
if(typeof data0 !== "string"){
const err4 = {instancePath:instancePath+"/event",schemaPath:"#/components/schemas/EventName/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(!((((((((((((((((((((((((((data0 === "envelope-created") || (data0 === "envelope-sent")) || (data0 === "envelope-resent")) || (data0 === "envelope-delivered")) || (data0 === "envelope-completed")) || (data0 === "envelope-declined")) || (data0 === "envelope-voided")) || (data0 === "envelope-corrected")) || (data0 === "envelope-purge")) || (data0 === "envelope-deleted")) || (data0 === "envelope-discard")) || (data0 === "recipient-sent")) || (data0 === "recipient-autoresponded")) || (data0 === "recipient-delivered")) || (data0 === "recipient-completed")) || (data0 === "recipient-declined")) || (data0 === "recipient-authenticationfailed")) || (data0 === "recipient-resent")) || (data0 === "recipient-delegate")) || (data0 === "recipient-reassign")) || (data0 === "recipient-finish-later")) || (data0 === "template-created")) || (data0 === "template-modified")) || (data0 === "template-deleted")) || (data0 === "click-agreed")) || (data0 === "click-declined"))){
const err5 = {instancePath:instancePath+"/event",schemaPath:"#/components/schemas/EventName/enum",keyword:"enum",params:{allowedValues: schema34.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(typeof data0 === "string"){
if(!pattern6.test(data0)){
const err6 = {instancePath:instancePath+"/event",schemaPath:"#/properties/event/pattern",keyword:"pattern",params:{pattern: "^template-"},message:"must match pattern \""+"^template-"+"\""};
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
const err7 = {instancePath:instancePath+"/event",schemaPath:"#/properties/event/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.apiVersion !== undefined){
if(typeof data.apiVersion !== "string"){
const err8 = {instancePath:instancePath+"/apiVersion",schemaPath:"#/components/schemas/ConnectApiVersion/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.uri !== undefined){
if(typeof data.uri !== "string"){
const err9 = {instancePath:instancePath+"/uri",schemaPath:"#/components/schemas/ConnectResourceUri/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.retryCount !== undefined){
let data3 = data.retryCount;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err10 = {instancePath:instancePath+"/retryCount",schemaPath:"#/components/schemas/RetryCount/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 0 || isNaN(data3)){
const err11 = {instancePath:instancePath+"/retryCount",schemaPath:"#/components/schemas/RetryCount/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
if(data.configurationId !== undefined){
let data4 = data.configurationId;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err12 = {instancePath:instancePath+"/configurationId",schemaPath:"#/components/schemas/ConfigurationId/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 < 1 || isNaN(data4)){
const err13 = {instancePath:instancePath+"/configurationId",schemaPath:"#/components/schemas/ConfigurationId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
if(data.generatedDateTime !== undefined){
let data5 = data.generatedDateTime;
if(typeof data5 === "string"){
if(!(formats0.test(data5))){
const err14 = {instancePath:instancePath+"/generatedDateTime",schemaPath:"#/components/schemas/GeneratedDateTime/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
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
const err15 = {instancePath:instancePath+"/generatedDateTime",schemaPath:"#/components/schemas/GeneratedDateTime/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.data !== undefined){
if(!(validate47(data.data, {instancePath:instancePath+"/data",parentData:data,parentDataProperty:"data",rootData,dynamicAnchors}))){
if (vErrors === null) vErrors = validate47.errors; else for (const found of validate47.errors) vErrors.push(found);
errors = vErrors.length;
}
}
}
else {
const err16 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
validate58.errors = vErrors;
return errors === 0;
}
validate58.evaluated = {"props":{"event":true,"apiVersion":true,"uri":true,"retryCount":true,"configurationId":true,"generatedDateTime":true,"data":true},"dynamicProps":false,"dynamicItems":false};

exports.validateClickEvent = validate60;

function validate60(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate60.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.event === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "event"},message:"must have required property '"+"event"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.configurationId === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "configurationId"},message:"must have required property '"+"configurationId"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.generatedDateTime === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "generatedDateTime"},message:"must have required property '"+"generatedDateTime"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.data === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "data"},message:"must have required property '"+"data"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.event !== undefined){
let data0 = data.event;
if(typeof data0 !== "string"){
const err4 = {instancePath:instancePath+"/event",schemaPath:"#/components/schemas/EventName/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(!((((((((((((((((((((((((((data0 === "envelope-created") || (data0 === "envelope-sent")) || (data0 === "envelope-resent")) || (data0 === "envelope-delivered")) || (data0 === "envelope-completed")) || (data0 === "envelope-declined")) || (data0 === "envelope-voided")) || (data0 === "envelope-corrected")) || (data0 === "envelope-purge")) || (data0 === "envelope-deleted")) || (data0 === "envelope-discard")) || (data0 === "recipient-sent")) || (data0 === "recipient-autoresponded")) || (data0 === "recipient-delivered")) || (data0 === "recipient-completed")) || (data0 === "recipient-declined")) || (data0 === "recipient-authenticationfailed")) || (data0 === "recipient-resent")) || (data0 === "recipient-delegate")) || (data0 === "recipient-reassign")) || (data0 === "recipient-finish-later")) || (data0 === "template-created")) || (data0 === "template-modified")) || (data0 === "template-deleted")) || (data0 === "click-agreed")) || (data0 === "click-declined"))){
const err5 = {instancePath:instancePath+"/event",schemaPath:"#/components/schemas/EventName/enum",keyword:"enum",params:{allowedValues: schema34.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(typeof data0 === "string"){
if(!pattern7.test(data0)){
const err6 = {instancePath:instancePath+"/event",schemaPath:"#/properties/event/pattern",keyword:"pattern",params:{pattern: "^click-"},message:"must match pattern \""+"^click-"+"\""};
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
const err7 = {instancePath:instancePath+"/event",schemaPath:"#/properties/event/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.apiVersion !== undefined){
if(typeof data.apiVersion !== "string"){
const err8 = {instancePath:instancePath+"/apiVersion",schemaPath:"#/components/schemas/ConnectApiVersion/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.uri !== undefined){
if(typeof data.uri !== "string"){
const err9 = {instancePath:instancePath+"/uri",schemaPath:"#/components/schemas/ConnectResourceUri/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.retryCount !== undefined){
let data3 = data.retryCount;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err10 = {instancePath:instancePath+"/retryCount",schemaPath:"#/components/schemas/RetryCount/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 0 || isNaN(data3)){
const err11 = {instancePath:instancePath+"/retryCount",schemaPath:"#/components/schemas/RetryCount/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
if(data.configurationId !== undefined){
let data4 = data.configurationId;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err12 = {instancePath:instancePath+"/configurationId",schemaPath:"#/components/schemas/ConfigurationId/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 < 1 || isNaN(data4)){
const err13 = {instancePath:instancePath+"/configurationId",schemaPath:"#/components/schemas/ConfigurationId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
if(data.generatedDateTime !== undefined){
let data5 = data.generatedDateTime;
if(typeof data5 === "string"){
if(!(formats0.test(data5))){
const err14 = {instancePath:instancePath+"/generatedDateTime",schemaPath:"#/components/schemas/GeneratedDateTime/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
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
const err15 = {instancePath:instancePath+"/generatedDateTime",schemaPath:"#/components/schemas/GeneratedDateTime/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.data !== undefined){
if(!(validate51(data.data, {instancePath:instancePath+"/data",parentData:data,parentDataProperty:"data",rootData,dynamicAnchors}))){
if (vErrors === null) vErrors = validate51.errors; else for (const found of validate51.errors) vErrors.push(found);
errors = vErrors.length;
}
}
}
else {
const err16 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
validate60.errors = vErrors;
return errors === 0;
}
validate60.evaluated = {"props":{"event":true,"apiVersion":true,"uri":true,"retryCount":true,"configurationId":true,"generatedDateTime":true,"data":true},"dynamicProps":false,"dynamicItems":false};

