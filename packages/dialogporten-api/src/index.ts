// Dialogporten's API as its official OpenAPI document says it (@digdir/dialogporten-schema, pinned):
// generated types for the whole API, and the schemas of the operations the stand-in serves.
import { apiSchemaDocument } from "./generated/api-schemas.gen.js";
import type { components } from "./generated/dialogporten-api.gen.js";

export { apiSchemaDocument, SPEC_VERSION, servedOperations } from "./generated/api-schemas.gen.js";
export type { components, operations, paths } from "./generated/dialogporten-api.gen.js";

type Schemas = components["schemas"];

/** `POST /serviceowner/dialogs`. */
export type CreateDialogRequest = Schemas["V1ServiceOwnerDialogsCommandsCreate_Dialog"];
/** `PUT /serviceowner/dialogs/{dialogId}`. */
export type UpdateDialogRequest = Schemas["V1ServiceOwnerDialogsCommandsUpdate_Dialog"];
/** One operation of `PATCH /serviceowner/dialogs/{dialogId}` (RFC 6902). */
export type JsonPatchOperation = Schemas["JsonPatchOperations_Operation"];
/** `POST /serviceowner/dialogs/{dialogId}/activities`. */
export type CreateActivityRequest = Schemas["V1ServiceOwnerDialogsCommandsCreateActivity_ActivityRequest"];
/** `POST /serviceowner/dialogs/{dialogId}/transmissions`. */
export type CreateTransmissionRequest =
  Schemas["V1ServiceOwnerDialogsCommandsCreateTransmission_TransmissionRequest"];
/** `GET /serviceowner/dialogs/{dialogId}`. */
export type ServiceOwnerDialog = Schemas["V1ServiceOwnerDialogsQueriesGet_Dialog"];
/** `GET /enduser/dialogs/{dialogId}`. */
export type EndUserDialog = Schemas["V1EndUserDialogsQueriesGet_Dialog"];
export type ActivityType = Schemas["DialogsEntitiesActivities_DialogActivityType"];
export type TransmissionType = Schemas["DialogsEntitiesTransmissions_DialogTransmissionType"];
export type DialogStatus = Schemas["DialogsEntities_DialogStatus"];
/** RFC 7807 problem details as the real API answers them. */
export type ProblemDetails = Schemas["ProblemDetails"];

/** Every activity type, in the spec's order (its enum). */
export const activityTypes: readonly ActivityType[] =
  apiSchemaDocument.definitions.DialogsEntitiesActivities_DialogActivityType.enum;
