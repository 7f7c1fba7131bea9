// This file is generated. Do not edit it by hand.
// Generator: @dialogporten-events/dialogporten-api (scripts/generate.mjs)
// Source: @digdir/dialogporten-schema@1.118.6, swagger.verified.json
// Change the pinned version in packages/dialogporten-api/package.json and run `pnpm generate` instead.

/** The served operations' component schemas, as one JSON Schema document (draft-07) for Ajv. */
export const apiSchemaDocument = {
  "$id": "dialogporten-api",
  "definitions": {
    "Actors_ActorType": {
      "description": "",
      "enum": [
        "PartyRepresentative",
        "ServiceOwner"
      ],
      "type": "string"
    },
    "Attachments_AttachmentUrlConsumerType": {
      "description": "",
      "enum": [
        "Gui",
        "Api"
      ],
      "type": "string"
    },
    "DialogEndUserContextsEntities_SystemLabel": {
      "description": "",
      "enum": [
        "Default",
        "Bin",
        "Archive",
        "MarkedAsUnopened",
        "Sent"
      ],
      "type": "string"
    },
    "DialogsEntitiesActions_DialogGuiActionPriority": {
      "description": "",
      "enum": [
        "Primary",
        "Secondary",
        "Tertiary"
      ],
      "type": "string"
    },
    "DialogsEntitiesActivities_DialogActivityType": {
      "description": "",
      "enum": [
        "DialogCreated",
        "DialogClosed",
        "Information",
        "TransmissionOpened",
        "PaymentMade",
        "SignatureProvided",
        "DialogOpened",
        "DialogDeleted",
        "DialogRestored",
        "SentToSigning",
        "SentToFormFill",
        "SentToSendIn",
        "SentToPayment",
        "FormSubmitted",
        "FormSaved",
        "CorrespondenceOpened",
        "CorrespondenceConfirmed"
      ],
      "type": "string"
    },
    "DialogsEntitiesTransmissions_DialogTransmissionType": {
      "description": "",
      "enum": [
        "Information",
        "Acceptance",
        "Rejection",
        "Request",
        "Alert",
        "Decision",
        "Submission",
        "Correction"
      ],
      "type": "string"
    },
    "DialogsEntities_DialogStatus": {
      "description": "",
      "enum": [
        "InProgress",
        "Draft",
        "RequiresAttention",
        "Completed",
        "NotApplicable",
        "Awaiting"
      ],
      "type": "string"
    },
    "Http_HttpVerb": {
      "description": "",
      "enum": [
        "GET",
        "POST",
        "PUT",
        "PATCH",
        "DELETE",
        "HEAD",
        "OPTIONS",
        "TRACE",
        "CONNECT"
      ],
      "type": "string"
    },
    "JsonPatchOperations_Operation": {
      "additionalProperties": false,
      "properties": {
        "from": {
          "type": [
            "string",
            "null"
          ]
        },
        "op": {
          "type": [
            "string",
            "null"
          ]
        },
        "path": {
          "type": [
            "string",
            "null"
          ]
        },
        "value": {
          "anyOf": [
            {},
            {
              "type": "null"
            }
          ]
        }
      },
      "type": "object"
    },
    "ProblemDetails": {
      "additionalProperties": {
        "anyOf": [
          {},
          {
            "type": "null"
          }
        ]
      },
      "properties": {
        "code": {
          "type": [
            "string",
            "null"
          ]
        },
        "detail": {
          "type": [
            "string",
            "null"
          ]
        },
        "errors": {
          "additionalProperties": {
            "items": {
              "type": "string"
            },
            "type": "array"
          },
          "type": "object"
        },
        "instance": {
          "type": [
            "string",
            "null"
          ]
        },
        "status": {
          "format": "int32",
          "type": [
            "integer",
            "null"
          ]
        },
        "statusDescription": {
          "type": [
            "string",
            "null"
          ]
        },
        "title": {
          "type": [
            "string",
            "null"
          ]
        },
        "traceId": {
          "type": [
            "string",
            "null"
          ]
        },
        "type": {
          "type": [
            "string",
            "null"
          ]
        },
        "validationErrors": {
          "items": {
            "$ref": "#/definitions/ProblemDetails_Error"
          },
          "type": [
            "array",
            "null"
          ]
        }
      },
      "type": "object"
    },
    "ProblemDetails_Error": {
      "additionalProperties": {
        "anyOf": [
          {},
          {
            "type": "null"
          }
        ]
      },
      "properties": {
        "code": {
          "type": [
            "string",
            "null"
          ]
        },
        "detail": {
          "type": [
            "string",
            "null"
          ]
        },
        "paths": {
          "items": {
            "type": "string"
          },
          "type": [
            "array",
            "null"
          ]
        },
        "title": {
          "type": [
            "string",
            "null"
          ]
        }
      },
      "type": "object"
    },
    "V1CommonContent_ContentValue": {
      "additionalProperties": false,
      "properties": {
        "isAuthorized": {
          "description": "True if the authenticated user is authorized for this content. If not, the endpoints will\nbe replaced with a fixed placeholder. Can be null if not applicable.\n            ",
          "type": [
            "boolean",
            "null"
          ]
        },
        "mediaType": {
          "description": "Media type of the content, this can also indicate that the content is embeddable.",
          "type": "string"
        },
        "value": {
          "description": "A list of localizations for the content.",
          "items": {
            "$ref": "#/definitions/V1CommonLocalizations_Localization"
          },
          "type": [
            "array",
            "null"
          ]
        }
      },
      "type": "object"
    },
    "V1CommonLocalizations_Localization": {
      "additionalProperties": false,
      "properties": {
        "languageCode": {
          "description": "The language code of the localization in ISO 639-1 format.",
          "type": "string"
        },
        "value": {
          "description": "The localized text (or URL if a front-channel embed).",
          "type": "string"
        }
      },
      "type": "object"
    },
    "V1EndUserCommonActors_Actor": {
      "additionalProperties": false,
      "properties": {
        "actorId": {
          "description": "The identifier (national identity number or organization number) of the actor.",
          "type": [
            "string",
            "null"
          ]
        },
        "actorName": {
          "description": "The name of the actor.",
          "type": [
            "string",
            "null"
          ]
        },
        "actorType": {
          "description": "The type of actor; either the service owner, or someone representing the party.",
          "oneOf": [
            {
              "$ref": "#/definitions/Actors_ActorType"
            }
          ]
        }
      },
      "type": "object"
    },
    "V1EndUserCommon_AcceptedLanguage": {
      "additionalProperties": false,
      "properties": {
        "languageCode": {
          "type": "string"
        },
        "weight": {
          "format": "int32",
          "type": "integer"
        }
      },
      "type": "object"
    },
    "V1EndUserCommon_AcceptedLanguages": {
      "additionalProperties": false,
      "properties": {
        "acceptedLanguage": {
          "items": {
            "$ref": "#/definitions/V1EndUserCommon_AcceptedLanguage"
          },
          "type": [
            "array",
            "null"
          ]
        }
      },
      "type": "object"
    },
    "V1EndUserDialogsQueriesGet_Content": {
      "additionalProperties": false,
      "properties": {
        "additionalInfo": {
          "anyOf": [
            {
              "description": "Additional information about the dialog, this may contain Markdown.",
              "oneOf": [
                {
                  "$ref": "#/definitions/V1CommonContent_ContentValue"
                }
              ]
            },
            {
              "type": "null"
            }
          ]
        },
        "extendedStatus": {
          "anyOf": [
            {
              "description": "Used as the human-readable label used to describe the \"ExtendedStatus\" field.",
              "oneOf": [
                {
                  "$ref": "#/definitions/V1CommonContent_ContentValue"
                }
              ]
            },
            {
              "type": "null"
            }
          ]
        },
        "mainContentReference": {
          "anyOf": [
            {
              "description": "Front-channel embedded content. Used to dynamically embed content in the frontend from an external URL.\nContent value will be masked if the user is not authorized to read main content.",
              "oneOf": [
                {
                  "$ref": "#/definitions/V1CommonContent_ContentValue"
                }
              ]
            },
            {
              "type": "null"
            }
          ]
        },
        "senderName": {
          "anyOf": [
            {
              "description": "Overridden sender name. If not supplied, assume \"org\" as the sender name.",
              "oneOf": [
                {
                  "$ref": "#/definitions/V1CommonContent_ContentValue"
                }
              ]
            },
            {
              "type": "null"
            }
          ]
        },
        "summary": {
          "anyOf": [
            {
              "description": "A short summary of the dialog and its current state.",
              "oneOf": [
                {
                  "$ref": "#/definitions/V1CommonContent_ContentValue"
                }
              ]
            },
            {
              "type": "null"
            }
          ]
        },
        "title": {
          "description": "The title of the dialog.",
          "oneOf": [
            {
              "$ref": "#/definitions/V1CommonContent_ContentValue"
            }
          ]
        }
      },
      "type": "object"
    },
    "V1EndUserDialogsQueriesGet_Dialog": {
      "additionalProperties": false,
      "properties": {
        "activities": {
          "description": "An immutable list of activities associated with the dialog.",
          "items": {
            "$ref": "#/definitions/V1EndUserDialogsQueriesGet_DialogActivity"
          },
          "type": [
            "array",
            "null"
          ]
        },
        "apiActions": {
          "description": "The API actions associated with the dialog. Should be used in specialized, non-browser-based integrations.",
          "items": {
            "$ref": "#/definitions/V1EndUserDialogsQueriesGet_DialogApiAction"
          },
          "type": [
            "array",
            "null"
          ]
        },
        "attachments": {
          "description": "The attachments associated with the dialog (on an aggregate level).",
          "items": {
            "$ref": "#/definitions/V1EndUserDialogsQueriesGet_DialogAttachment"
          },
          "type": [
            "array",
            "null"
          ]
        },
        "content": {
          "description": "The dialog unstructured text content.",
          "oneOf": [
            {
              "$ref": "#/definitions/V1EndUserDialogsQueriesGet_Content"
            }
          ]
        },
        "contentUpdatedAt": {
          "description": "The date and time when the dialog content was last updated.",
          "format": "date-time",
          "type": "string"
        },
        "createdAt": {
          "description": "The date and time when the dialog was created.",
          "format": "date-time",
          "type": "string"
        },
        "dialogToken": {
          "description": "The dialog token. May be used (if supported) against external URLs referred to in this dialog's apiActions,\ntransmissions or attachments. It should also be used for front-channel embeds.",
          "type": [
            "string",
            "null"
          ]
        },
        "dueAt": {
          "description": "The due date for the dialog. Dialogs past due date might be marked as such in frontends but will still be available.",
          "format": "date-time",
          "type": [
            "string",
            "null"
          ]
        },
        "endUserContext": {
          "description": "Metadata about the dialog owned by end-users.",
          "oneOf": [
            {
              "$ref": "#/definitions/V1EndUserDialogsQueriesGet_DialogEndUserContext"
            }
          ]
        },
        "expiresAt": {
          "description": "The expiration date for the dialog. This is the last date when the dialog is available for the end user.\n            \nAfter this date is passed, the dialog will be considered expired and no longer available for the end user in any\nAPI. If not supplied, the dialog will be considered to never expire. This field can be changed by the service\nowner after the dialog has been created.",
          "format": "date-time",
          "type": [
            "string",
            "null"
          ]
        },
        "extendedStatus": {
          "description": "Arbitrary string with a service-specific indicator of status, typically used to indicate a fine-grained state of\nthe dialog to further specify the \"status\" enum.\n            \nRefer to the service-specific documentation provided by the service owner for details on the possible values (if\nin use).",
          "type": [
            "string",
            "null"
          ]
        },
        "externalReference": {
          "description": "Arbitrary string with a service-specific reference to an external system or service.\n            \nRefer to the service-specific documentation provided by the service owner for details (if in use).",
          "type": [
            "string",
            "null"
          ]
        },
        "fromPartyTransmissionsCount": {
          "description": "The number of transmissions sent by a party representative.",
          "format": "int32",
          "type": "integer"
        },
        "fromServiceOwnerTransmissionsCount": {
          "description": "The number of transmissions sent by a service owner.",
          "format": "int32",
          "type": "integer"
        },
        "guiActions": {
          "description": "The GUI actions associated with the dialog. Should be used in browser-based interactive frontends.",
          "items": {
            "$ref": "#/definitions/V1EndUserDialogsQueriesGet_DialogGuiAction"
          },
          "type": [
            "array",
            "null"
          ]
        },
        "hasUnopenedContent": {
          "description": "Whether the service owner has not yet reported all dialog Transmissions they sent as seen by the end user.\nA Transmission is considered \"sent from the service owner\" if the DialogTransmissionType is not one of Submission or Correction.\n            \nThe value of this field is:\n- true when there are any new unopened Transmissions sent from the service owner.\n- false when the service owner has created an Activity of type TransmissionOpened for all Transmissions sent from the service owner. The Activities must each contain the relevant Id for all relevant Transmissions.\n            \nNote that the value is\n- determined by the service owner and not to be confused with IsContentSeen\n- not affected by SystemLabels\n            \nFor correspondence: HasUnopenedContent is still true until the service owner also adds a Dialog level Activity (no transmission id) of type CorrespondenceOpened",
          "type": "boolean"
        },
        "id": {
          "description": "The unique identifier for the dialog in UUIDv7 format.",
          "format": "guid",
          "type": "string"
        },
        "isApiOnly": {
          "description": "Indicates if this dialog is intended for API consumption only and should not be shown in frontends aimed at humans.",
          "type": "boolean"
        },
        "isContentSeen": {
          "description": "Indicates whether a dialog has been seen since its last content update.\n            \nThe value of this field is\n- true if the dialog has been retrieved since its last content update by either GET /enduser/dialogs/{dialogId} or GET /serviceowner/dialogs/{dialogId}?EndUserId={userId} and there is no SystemLabels MarkedAsUnopened\n- false if there is a SystemLabels MarkedAsUnopened, even if the dialog has been seen since its last content update\n- false after the dialog receives a content update.\n            \nNote that the value is determined by Dialogporten and not to be confused with HasUnopenedContent",
          "type": "boolean"
        },
        "org": {
          "description": "The service owner code representing the organization (service owner) related to this dialog.",
          "type": "string"
        },
        "party": {
          "description": "The party code representing the organization or person that the dialog belongs to in URN format.",
          "type": "string"
        },
        "precedingProcess": {
          "description": "Optional preceding process identifier to indicate the business process that preceded the process indicated in the \"Process\" field. Cannot be set without also \"Process\" being set.",
          "type": [
            "string",
            "null"
          ]
        },
        "process": {
          "description": "Optional process identifier used to indicate a business process this dialog belongs to.",
          "type": [
            "string",
            "null"
          ]
        },
        "progress": {
          "description": "Advisory indicator of progress, represented as 1-100 percentage value. 100% representing a dialog that has come\nto a natural completion (successful or not).",
          "format": "int32",
          "type": [
            "integer",
            "null"
          ]
        },
        "revision": {
          "description": "The unique identifier for the revision in UUIDv4 format.",
          "format": "guid",
          "type": "string"
        },
        "seenSinceLastContentUpdate": {
          "description": "The list of seen log entries for the dialog newer than the dialog ContentUpdatedAt date.",
          "items": {
            "$ref": "#/definitions/V1EndUserDialogsQueriesGet_DialogSeenLog"
          },
          "type": [
            "array",
            "null"
          ]
        },
        "seenSinceLastUpdate": {
          "description": "The list of seen log entries for the dialog newer than the dialog UpdatedAt date.",
          "items": {
            "$ref": "#/definitions/V1EndUserDialogsQueriesGet_DialogSeenLog"
          },
          "type": [
            "array",
            "null"
          ]
        },
        "serviceResource": {
          "description": "The service identifier for the service that the dialog is related to in URN-format.\nThis corresponds to a service resource in the Altinn Resource Registry.",
          "type": "string"
        },
        "serviceResourceType": {
          "description": "The ServiceResource type, as defined in Altinn Resource Registry (see ResourceType).",
          "type": "string"
        },
        "status": {
          "description": "The aggregated status of the dialog.",
          "oneOf": [
            {
              "$ref": "#/definitions/DialogsEntities_DialogStatus"
            }
          ]
        },
        "systemLabel": {
          "deprecated": true,
          "description": "System defined label used to categorize dialogs.\nThis is obsolete and will only show; Default, Bin or Archive.\nUse SystemLabels on EndUserContext instead.",
          "oneOf": [
            {
              "$ref": "#/definitions/DialogEndUserContextsEntities_SystemLabel"
            }
          ]
        },
        "transmissions": {
          "description": "The immutable list of transmissions associated with the dialog.",
          "items": {
            "$ref": "#/definitions/V1EndUserDialogsQueriesGet_DialogTransmission"
          },
          "type": [
            "array",
            "null"
          ]
        },
        "updatedAt": {
          "description": "The date and time when the dialog was last updated.",
          "format": "date-time",
          "type": "string"
        }
      },
      "type": "object"
    },
    "V1EndUserDialogsQueriesGet_DialogActivity": {
      "additionalProperties": false,
      "properties": {
        "createdAt": {
          "description": "The date and time when the activity was created.",
          "format": "date-time",
          "type": [
            "string",
            "null"
          ]
        },
        "description": {
          "description": "Unstructured text describing the activity. Only set if the activity type is \"Information\".",
          "items": {
            "$ref": "#/definitions/V1CommonLocalizations_Localization"
          },
          "type": [
            "array",
            "null"
          ]
        },
        "extendedType": {
          "description": "An arbitrary URI/URN with a service-specific activity type.\n            \nConsult the service-specific documentation provided by the service owner for details (if in use).",
          "format": "uri",
          "type": [
            "string",
            "null"
          ]
        },
        "id": {
          "description": "The unique identifier for the activity in UUIDv7 format.",
          "format": "guid",
          "type": "string"
        },
        "performedBy": {
          "description": "The actor that performed the activity.",
          "oneOf": [
            {
              "$ref": "#/definitions/V1EndUserCommonActors_Actor"
            }
          ]
        },
        "transmissionId": {
          "description": "If the activity is related to a particular transmission, this field will contain the transmission identifier.",
          "format": "guid",
          "type": [
            "string",
            "null"
          ]
        },
        "type": {
          "description": "The type of activity.",
          "oneOf": [
            {
              "$ref": "#/definitions/DialogsEntitiesActivities_DialogActivityType"
            }
          ]
        }
      },
      "type": "object"
    },
    "V1EndUserDialogsQueriesGet_DialogApiAction": {
      "additionalProperties": false,
      "properties": {
        "action": {
          "description": "String identifier for the action, corresponding to the \"action\" attributeId used in the XACML service policy,\nwhich by default is the policy belonging to the service referred to by \"serviceResource\" in the dialog.",
          "type": "string"
        },
        "authorizationAttribute": {
          "description": "Contains an authorization resource attributeId, that can used in custom authorization rules in the XACML service\npolicy, which by default is the policy belonging to the service referred to by \"serviceResource\" in the dialog.\n            \nCan also be used to refer to other service policies.",
          "type": [
            "string",
            "null"
          ]
        },
        "endpoints": {
          "description": "The endpoints associated with the action.",
          "items": {
            "$ref": "#/definitions/V1EndUserDialogsQueriesGet_DialogApiActionEndpoint"
          },
          "type": [
            "array",
            "null"
          ]
        },
        "id": {
          "description": "The unique identifier for the action in UUIDv7 format.",
          "format": "guid",
          "type": "string"
        },
        "isAuthorized": {
          "description": "True if the authenticated user is authorized for this action. If not, the action will not be available\nand all endpoints will be replaced with a fixed placeholder.",
          "type": "boolean"
        },
        "name": {
          "description": "The logical name of the operation the API action refers to.",
          "type": [
            "string",
            "null"
          ]
        }
      },
      "type": "object"
    },
    "V1EndUserDialogsQueriesGet_DialogApiActionEndpoint": {
      "additionalProperties": false,
      "properties": {
        "deprecated": {
          "description": "Boolean indicating if the endpoint is deprecated. Integrators should migrate to endpoints with a higher version.",
          "type": "boolean"
        },
        "documentationUrl": {
          "description": "Link to service provider documentation for the endpoint. Used for service owners to provide documentation for\nintegrators. Should be a URL to a human-readable page.",
          "format": "uri",
          "type": [
            "string",
            "null"
          ]
        },
        "httpMethod": {
          "description": "The HTTP method that the endpoint expects for this action.",
          "oneOf": [
            {
              "$ref": "#/definitions/Http_HttpVerb"
            }
          ]
        },
        "id": {
          "description": "The unique identifier for the endpoint in UUIDv7 format.",
          "format": "guid",
          "type": "string"
        },
        "requestSchema": {
          "description": "Link to the request schema for the endpoint. Used by service owners to provide documentation for integrators.\nDialogporten will not validate information on this endpoint.",
          "format": "uri",
          "type": [
            "string",
            "null"
          ]
        },
        "responseSchema": {
          "description": "Link to the response schema for the endpoint. Used for service owners to provide documentation for integrators.\nDialogporten will not validate information on this endpoint.",
          "format": "uri",
          "type": [
            "string",
            "null"
          ]
        },
        "sunsetAt": {
          "description": "Date and time when the service owner has indicated that endpoint will no longer function. Only set if the endpoint\nis deprecated. Dialogporten will not enforce this date.",
          "format": "date-time",
          "type": [
            "string",
            "null"
          ]
        },
        "url": {
          "description": "The fully qualified URL of the API endpoint. Will be set to \"urn:dialogporten:unauthorized\" if the user is\nnot authorized to perform the action.",
          "format": "uri",
          "type": "string"
        },
        "version": {
          "description": "Arbitrary string indicating the version of the endpoint.\n            \nConsult the service-specific documentation provided by the service owner for details (if in use).",
          "type": [
            "string",
            "null"
          ]
        }
      },
      "type": "object"
    },
    "V1EndUserDialogsQueriesGet_DialogAttachment": {
      "additionalProperties": false,
      "properties": {
        "displayName": {
          "description": "The display name of the attachment that should be used in GUIs.",
          "items": {
            "$ref": "#/definitions/V1CommonLocalizations_Localization"
          },
          "type": [
            "array",
            "null"
          ]
        },
        "expiresAt": {
          "description": "The UTC timestamp when the attachment expires and is no longer available.",
          "format": "date-time",
          "type": [
            "string",
            "null"
          ]
        },
        "id": {
          "description": "The unique identifier for the attachment in UUIDv7 format.",
          "format": "guid",
          "type": "string"
        },
        "name": {
          "description": "The logical name of the attachment.",
          "type": [
            "string",
            "null"
          ]
        },
        "urls": {
          "description": "The URLs associated with the attachment, each referring to a different representation of the attachment.",
          "items": {
            "$ref": "#/definitions/V1EndUserDialogsQueriesGet_DialogAttachmentUrl"
          },
          "type": [
            "array",
            "null"
          ]
        }
      },
      "type": "object"
    },
    "V1EndUserDialogsQueriesGet_DialogAttachmentUrl": {
      "additionalProperties": false,
      "properties": {
        "consumerType": {
          "description": "What type of consumer the URL is intended for.",
          "oneOf": [
            {
              "$ref": "#/definitions/Attachments_AttachmentUrlConsumerType"
            }
          ]
        },
        "id": {
          "description": "The unique identifier for the attachment URL in UUIDv7 format.",
          "format": "guid",
          "type": "string"
        },
        "mediaType": {
          "description": "The media type of the attachment.",
          "type": [
            "string",
            "null"
          ]
        },
        "url": {
          "description": "The fully qualified URL of the attachment.",
          "format": "uri",
          "type": "string"
        }
      },
      "type": "object"
    },
    "V1EndUserDialogsQueriesGet_DialogEndUserContext": {
      "additionalProperties": false,
      "properties": {
        "revision": {
          "description": "The unique identifier for the end user context revision in UUIDv4 format.",
          "format": "guid",
          "type": "string"
        },
        "systemLabels": {
          "description": "System defined labels used to categorize dialogs.",
          "items": {
            "$ref": "#/definitions/DialogEndUserContextsEntities_SystemLabel"
          },
          "type": [
            "array",
            "null"
          ]
        }
      },
      "type": "object"
    },
    "V1EndUserDialogsQueriesGet_DialogGuiAction": {
      "additionalProperties": false,
      "properties": {
        "action": {
          "description": "The action identifier for the action, corresponding to the \"action\" attributeId used in the XACML service policy.",
          "type": "string"
        },
        "authorizationAttribute": {
          "description": "Contains an authorization resource attributeId, that can used in custom authorization rules in the XACML service\npolicy, which by default is the policy belonging to the service referred to by \"serviceResource\" in the dialog.\n            \nCan also be used to refer to other service policies.",
          "type": [
            "string",
            "null"
          ]
        },
        "httpMethod": {
          "description": "The HTTP method that the frontend should use when redirecting the user.",
          "oneOf": [
            {
              "$ref": "#/definitions/Http_HttpVerb"
            }
          ]
        },
        "id": {
          "description": "The unique identifier for the action in UUIDv7 format.",
          "format": "guid",
          "type": "string"
        },
        "isAuthorized": {
          "description": "Whether the user is authorized to perform the action.",
          "type": "boolean"
        },
        "isDeleteDialogAction": {
          "description": "Indicates whether the action results in the dialog being deleted. Used by frontends to implement custom UX\nfor delete actions.",
          "type": "boolean"
        },
        "priority": {
          "description": "Indicates a priority for the action, making it possible for frontends to adapt GUI elements based on action\npriority.",
          "oneOf": [
            {
              "$ref": "#/definitions/DialogsEntitiesActions_DialogGuiActionPriority"
            }
          ]
        },
        "prompt": {
          "description": "If there should be a prompt asking the user for confirmation before the action is executed,\nthis field should contain the prompt text.",
          "items": {
            "$ref": "#/definitions/V1CommonLocalizations_Localization"
          },
          "type": [
            "array",
            "null"
          ]
        },
        "title": {
          "description": "The title of the action, this should be short and in verb form.",
          "items": {
            "$ref": "#/definitions/V1CommonLocalizations_Localization"
          },
          "type": [
            "array",
            "null"
          ]
        },
        "url": {
          "description": "The fully qualified URL of the action, to which the user will be redirected when the action is triggered. Will be set to\n\"urn:dialogporten:unauthorized\" if the user is not authorized to perform the action.",
          "format": "uri",
          "type": "string"
        }
      },
      "type": "object"
    },
    "V1EndUserDialogsQueriesGet_DialogSeenLog": {
      "additionalProperties": false,
      "properties": {
        "id": {
          "description": "The unique identifier for the seen log entry in UUIDv7 format.",
          "format": "guid",
          "type": "string"
        },
        "isCurrentEndUser": {
          "description": "Flag indicating whether the seen log entry was created by the current end user.",
          "type": "boolean"
        },
        "isViaServiceOwner": {
          "description": "Flag indicating whether the seen log entry was created via the service owner.\n            \nThis is used when the service owner uses the service owner API to implement its own frontend.",
          "type": [
            "boolean",
            "null"
          ]
        },
        "seenAt": {
          "description": "The timestamp when the dialog revision was seen.",
          "format": "date-time",
          "type": "string"
        },
        "seenBy": {
          "description": "The actor that saw the dialog revision.",
          "oneOf": [
            {
              "$ref": "#/definitions/V1EndUserCommonActors_Actor"
            }
          ]
        }
      },
      "type": "object"
    },
    "V1EndUserDialogsQueriesGet_DialogTransmission": {
      "additionalProperties": false,
      "properties": {
        "attachments": {
          "description": "The transmission-level attachments.",
          "items": {
            "$ref": "#/definitions/V1EndUserDialogsQueriesGet_DialogTransmissionAttachment"
          },
          "type": [
            "array",
            "null"
          ]
        },
        "authorizationAttribute": {
          "description": "Contains an authorization resource attributeId, that can used in custom authorization rules in the XACML service\npolicy, which by default is the policy belonging to the service referred to by \"serviceResource\" in the dialog.\n            \nCan also be used to refer to other service policies.",
          "type": [
            "string",
            "null"
          ]
        },
        "content": {
          "description": "The transmission unstructured text content.",
          "oneOf": [
            {
              "$ref": "#/definitions/V1EndUserDialogsQueriesGet_DialogTransmissionContent"
            }
          ]
        },
        "createdAt": {
          "description": "The date and time when the transmission was created.",
          "format": "date-time",
          "type": "string"
        },
        "extendedType": {
          "description": "Arbitrary URI/URN describing a service-specific transmission type.\n            \nRefer to the service-specific documentation provided by the service owner for details (if in use).",
          "format": "uri",
          "type": [
            "string",
            "null"
          ]
        },
        "externalReference": {
          "description": "Arbitrary string with a service-specific reference to an external system or service.",
          "type": [
            "string",
            "null"
          ]
        },
        "id": {
          "description": "The unique identifier for the transmission in UUIDv7 format.",
          "format": "guid",
          "type": "string"
        },
        "isAuthorized": {
          "description": "Flag indicating if the authenticated user is authorized for this transmission. If not, embedded content and\nthe attachments will not be available.",
          "type": "boolean"
        },
        "isOpened": {
          "description": "Indicates whether the dialog transmission has been opened.",
          "type": "boolean"
        },
        "navigationalActions": {
          "description": "The transmission-level navigational actions.",
          "items": {
            "$ref": "#/definitions/V1EndUserDialogsQueriesGet_DialogTransmissionNavigationalAction"
          },
          "type": [
            "array",
            "null"
          ]
        },
        "relatedTransmissionId": {
          "description": "Reference to any other transmission that this transmission is related to.",
          "format": "guid",
          "type": [
            "string",
            "null"
          ]
        },
        "sender": {
          "description": "The actor that sent the transmission.",
          "oneOf": [
            {
              "$ref": "#/definitions/V1EndUserCommonActors_Actor"
            }
          ]
        },
        "type": {
          "description": "The type of transmission.",
          "oneOf": [
            {
              "$ref": "#/definitions/DialogsEntitiesTransmissions_DialogTransmissionType"
            }
          ]
        }
      },
      "type": "object"
    },
    "V1EndUserDialogsQueriesGet_DialogTransmissionAttachment": {
      "additionalProperties": false,
      "properties": {
        "displayName": {
          "description": "The display name of the attachment that should be used in GUIs.",
          "items": {
            "$ref": "#/definitions/V1CommonLocalizations_Localization"
          },
          "type": [
            "array",
            "null"
          ]
        },
        "expiresAt": {
          "description": "The UTC timestamp when the attachment expires and is no longer available.",
          "format": "date-time",
          "type": [
            "string",
            "null"
          ]
        },
        "id": {
          "description": "The unique identifier for the attachment in UUIDv7 format.",
          "format": "guid",
          "type": "string"
        },
        "name": {
          "description": "The logical name of the attachment.",
          "type": [
            "string",
            "null"
          ]
        },
        "urls": {
          "description": "The URLs associated with the attachment, each referring to a different representation of the attachment.",
          "items": {
            "$ref": "#/definitions/V1EndUserDialogsQueriesGet_DialogTransmissionAttachmentUrl"
          },
          "type": [
            "array",
            "null"
          ]
        }
      },
      "type": "object"
    },
    "V1EndUserDialogsQueriesGet_DialogTransmissionAttachmentUrl": {
      "additionalProperties": false,
      "properties": {
        "consumerType": {
          "description": "The type of consumer the URL is intended for.",
          "oneOf": [
            {
              "$ref": "#/definitions/Attachments_AttachmentUrlConsumerType"
            }
          ]
        },
        "id": {
          "description": "The unique identifier for the attachment URL in UUIDv7 format.",
          "format": "guid",
          "type": "string"
        },
        "mediaType": {
          "description": "The media type of the attachment.",
          "type": [
            "string",
            "null"
          ]
        },
        "url": {
          "description": "The fully qualified URL of the attachment. Will be set to \"urn:dialogporten:unauthorized\" if the user is\nnot authorized to access the transmission.",
          "format": "uri",
          "type": "string"
        }
      },
      "type": "object"
    },
    "V1EndUserDialogsQueriesGet_DialogTransmissionContent": {
      "additionalProperties": false,
      "properties": {
        "contentReference": {
          "anyOf": [
            {
              "description": "Front-channel embedded content. Used to dynamically embed content in the frontend from an external URL.",
              "oneOf": [
                {
                  "$ref": "#/definitions/V1CommonContent_ContentValue"
                }
              ]
            },
            {
              "type": "null"
            }
          ]
        },
        "summary": {
          "anyOf": [
            {
              "description": "The transmission summary.",
              "oneOf": [
                {
                  "$ref": "#/definitions/V1CommonContent_ContentValue"
                }
              ]
            },
            {
              "type": "null"
            }
          ]
        },
        "title": {
          "description": "The transmission title.",
          "oneOf": [
            {
              "$ref": "#/definitions/V1CommonContent_ContentValue"
            }
          ]
        }
      },
      "type": "object"
    },
    "V1EndUserDialogsQueriesGet_DialogTransmissionNavigationalAction": {
      "additionalProperties": false,
      "properties": {
        "expiresAt": {
          "description": "The UTC timestamp when the navigational action expires and is no longer available.",
          "format": "date-time",
          "type": [
            "string",
            "null"
          ]
        },
        "title": {
          "description": "The title of the navigational action.",
          "items": {
            "$ref": "#/definitions/V1CommonLocalizations_Localization"
          },
          "type": [
            "array",
            "null"
          ]
        },
        "url": {
          "description": "The fully qualified URL of the navigational action. Will be set to \\\"urn:dialogporten:unauthorized\\\" if the user is\nnot authorized to access the transmission, or \\\"urn:dialogporten:expired\\\" if the action has expired.",
          "format": "uri",
          "type": "string"
        }
      },
      "type": "object"
    },
    "V1ServiceOwnerCommonActors_Actor": {
      "additionalProperties": false,
      "properties": {
        "actorId": {
          "description": "The identifier (national identity number or organization number) of the actor.",
          "type": [
            "string",
            "null"
          ]
        },
        "actorName": {
          "description": "The name of the actor.",
          "type": [
            "string",
            "null"
          ]
        },
        "actorType": {
          "description": "The type of actor; either the service owner, or someone representing the party.",
          "oneOf": [
            {
              "$ref": "#/definitions/Actors_ActorType"
            }
          ]
        }
      },
      "type": "object"
    },
    "V1ServiceOwnerCommonDialogStatuses_DialogStatusInput": {
      "description": "",
      "enum": [
        "New",
        "InProgress",
        "Draft",
        "Sent",
        "RequiresAttention",
        "Completed",
        "NotApplicable",
        "Awaiting"
      ],
      "type": "string"
    },
    "V1ServiceOwnerDialogsCommandsCreateActivity_ActivityRequest": {
      "additionalProperties": false,
      "properties": {
        "createdAt": {
          "description": "If supplied, overrides the creating date and time for the activity.\nIf not supplied, the current date /time will be used.",
          "format": "date-time",
          "type": [
            "string",
            "null"
          ]
        },
        "description": {
          "description": "Unstructured text describing the activity. Only set if the activity type is \"Information\".",
          "items": {
            "$ref": "#/definitions/V1CommonLocalizations_Localization"
          },
          "type": [
            "array",
            "null"
          ]
        },
        "extendedType": {
          "description": "Arbitrary URI/URN describing a service-specific activity type.",
          "format": "uri",
          "type": [
            "string",
            "null"
          ]
        },
        "id": {
          "description": "A UUIDv7 may be provided to support idempotent additions to the list of activities.\nIf not supplied, a new UUIDv7 will be generated.",
          "format": "guid",
          "type": [
            "string",
            "null"
          ]
        },
        "performedBy": {
          "description": "The actor that performed the activity.",
          "oneOf": [
            {
              "$ref": "#/definitions/V1ServiceOwnerCommonActors_Actor"
            }
          ]
        },
        "transmissionId": {
          "description": "If the activity is related to a particular transmission, this field will contain the transmission identifier.\nMust be present in the request body.",
          "format": "guid",
          "type": [
            "string",
            "null"
          ]
        },
        "type": {
          "description": "The type of activity",
          "oneOf": [
            {
              "$ref": "#/definitions/DialogsEntitiesActivities_DialogActivityType"
            }
          ]
        }
      },
      "type": "object"
    },
    "V1ServiceOwnerDialogsCommandsCreateTransmission_TransmissionAttachment": {
      "additionalProperties": false,
      "properties": {
        "displayName": {
          "description": "The display name of the attachment that should be used in GUIs.",
          "items": {
            "$ref": "#/definitions/V1CommonLocalizations_Localization"
          },
          "type": [
            "array",
            "null"
          ]
        },
        "expiresAt": {
          "description": "The UTC timestamp when the attachment expires and is no longer available.",
          "format": "date-time",
          "type": [
            "string",
            "null"
          ]
        },
        "id": {
          "description": "A self-defined UUIDv7 may be provided to support idempotent additions of transmission attachments. If not provided, a new UUIDv7 will be generated.",
          "format": "guid",
          "type": [
            "string",
            "null"
          ]
        },
        "name": {
          "description": "The logical name of the attachment.",
          "type": [
            "string",
            "null"
          ]
        },
        "urls": {
          "description": "The URLs associated with the attachment, each referring to a different representation of the attachment.",
          "items": {
            "$ref": "#/definitions/V1ServiceOwnerDialogsCommandsCreateTransmission_TransmissionAttachmentUrl"
          },
          "type": [
            "array",
            "null"
          ]
        }
      },
      "type": "object"
    },
    "V1ServiceOwnerDialogsCommandsCreateTransmission_TransmissionAttachmentUrl": {
      "additionalProperties": false,
      "properties": {
        "consumerType": {
          "description": "The type of consumer the URL is intended for.",
          "oneOf": [
            {
              "$ref": "#/definitions/Attachments_AttachmentUrlConsumerType"
            }
          ]
        },
        "mediaType": {
          "description": "The media type of the attachment.",
          "type": [
            "string",
            "null"
          ]
        },
        "url": {
          "description": "The fully qualified URL of the attachment.",
          "format": "uri",
          "type": "string"
        }
      },
      "type": "object"
    },
    "V1ServiceOwnerDialogsCommandsCreateTransmission_TransmissionContent": {
      "additionalProperties": false,
      "properties": {
        "contentReference": {
          "anyOf": [
            {
              "description": "Front-channel embedded content. Used to dynamically embed content in the frontend from an external URL. Must be HTTPS.",
              "oneOf": [
                {
                  "$ref": "#/definitions/V1CommonContent_ContentValue"
                }
              ]
            },
            {
              "type": "null"
            }
          ]
        },
        "summary": {
          "anyOf": [
            {
              "description": "The transmission summary.",
              "oneOf": [
                {
                  "$ref": "#/definitions/V1CommonContent_ContentValue"
                }
              ]
            },
            {
              "type": "null"
            }
          ]
        },
        "title": {
          "description": "The transmission title. Must be text/plain.",
          "oneOf": [
            {
              "$ref": "#/definitions/V1CommonContent_ContentValue"
            }
          ]
        }
      },
      "type": "object"
    },
    "V1ServiceOwnerDialogsCommandsCreateTransmission_TransmissionNavigationalAction": {
      "additionalProperties": false,
      "properties": {
        "expiresAt": {
          "description": "The UTC timestamp when the navigational action expires and is no longer available.",
          "format": "date-time",
          "type": [
            "string",
            "null"
          ]
        },
        "title": {
          "description": "The title of the navigational action.",
          "items": {
            "$ref": "#/definitions/V1CommonLocalizations_Localization"
          },
          "type": [
            "array",
            "null"
          ]
        },
        "url": {
          "description": "The fully qualified URL of the navigational action.",
          "format": "uri",
          "type": "string"
        }
      },
      "type": "object"
    },
    "V1ServiceOwnerDialogsCommandsCreateTransmission_TransmissionRequest": {
      "additionalProperties": false,
      "properties": {
        "attachments": {
          "description": "The transmission-level attachments.",
          "items": {
            "$ref": "#/definitions/V1ServiceOwnerDialogsCommandsCreateTransmission_TransmissionAttachment"
          },
          "type": [
            "array",
            "null"
          ]
        },
        "authorizationAttribute": {
          "description": "Contains an authorization resource attributeId, that can used in custom authorization rules in the XACML service\npolicy, which by default is the policy belonging to the service referred to by \"serviceResource\" in the dialog.\n            \nCan also be used to refer to other service policies.",
          "type": [
            "string",
            "null"
          ]
        },
        "content": {
          "anyOf": [
            {
              "description": "The transmission unstructured text content.",
              "oneOf": [
                {
                  "$ref": "#/definitions/V1ServiceOwnerDialogsCommandsCreateTransmission_TransmissionContent"
                }
              ]
            },
            {
              "type": "null"
            }
          ]
        },
        "createdAt": {
          "description": "If supplied, overrides the creating date and time for the transmission.\nIf not supplied, the current date /time will be used.",
          "format": "date-time",
          "type": "string"
        },
        "extendedType": {
          "description": "Arbitrary URI/URN describing a service-specific transmission type.\n            \nRefer to the service-specific documentation provided by the service owner for details (if in use).",
          "format": "uri",
          "type": [
            "string",
            "null"
          ]
        },
        "externalReference": {
          "description": "Arbitrary string with a service-specific reference to an external system or service.",
          "type": [
            "string",
            "null"
          ]
        },
        "id": {
          "description": "A UUIDv7 may be provided to support idempotent additions to the list of transmissions.\nIf not supplied, a new UUIDv7 will be generated.",
          "format": "guid",
          "type": [
            "string",
            "null"
          ]
        },
        "idempotentKey": {
          "description": "An optional key to ensure idempotency in transmission creation. If provided, it must be unique within the dialog; reusing the same key for the same dialog results in Conflict and no new transmission is created.",
          "type": [
            "string",
            "null"
          ]
        },
        "navigationalActions": {
          "description": "The transmission-level navigational actions.",
          "items": {
            "$ref": "#/definitions/V1ServiceOwnerDialogsCommandsCreateTransmission_TransmissionNavigationalAction"
          },
          "type": [
            "array",
            "null"
          ]
        },
        "relatedTransmissionId": {
          "description": "Reference to any other transmission that this transmission is related to.",
          "format": "guid",
          "type": [
            "string",
            "null"
          ]
        },
        "sender": {
          "description": "The actor that sent the transmission.",
          "oneOf": [
            {
              "$ref": "#/definitions/V1ServiceOwnerCommonActors_Actor"
            }
          ]
        },
        "type": {
          "description": "The type of transmission.",
          "oneOf": [
            {
              "$ref": "#/definitions/DialogsEntitiesTransmissions_DialogTransmissionType"
            }
          ]
        }
      },
      "type": "object"
    },
    "V1ServiceOwnerDialogsCommandsCreate_Activity": {
      "additionalProperties": false,
      "properties": {
        "createdAt": {
          "description": "If supplied, overrides the creating date and time for the activity.\nIf not supplied, the current date /time will be used.",
          "format": "date-time",
          "type": [
            "string",
            "null"
          ]
        },
        "description": {
          "description": "Unstructured text describing the activity. Only set if the activity type is \"Information\".",
          "items": {
            "$ref": "#/definitions/V1CommonLocalizations_Localization"
          },
          "type": [
            "array",
            "null"
          ]
        },
        "extendedType": {
          "description": "Arbitrary URI/URN describing a service-specific activity type.",
          "format": "uri",
          "type": [
            "string",
            "null"
          ]
        },
        "id": {
          "description": "A self-defined UUIDv7 may be provided to support idempotent creation of activities. If not provided, a new UUIDv7 will be generated.",
          "format": "guid",
          "type": [
            "string",
            "null"
          ]
        },
        "performedBy": {
          "description": "The actor that performed the activity.",
          "oneOf": [
            {
              "$ref": "#/definitions/V1ServiceOwnerCommonActors_Actor"
            }
          ]
        },
        "transmissionId": {
          "description": "If the activity is related to a particular transmission, this field will contain the transmission identifier.\nMust be present in the request body.",
          "format": "guid",
          "type": [
            "string",
            "null"
          ]
        },
        "type": {
          "description": "The type of activity.",
          "oneOf": [
            {
              "$ref": "#/definitions/DialogsEntitiesActivities_DialogActivityType"
            }
          ]
        }
      },
      "type": "object"
    },
    "V1ServiceOwnerDialogsCommandsCreate_ApiAction": {
      "additionalProperties": false,
      "properties": {
        "action": {
          "description": "String identifier for the action, corresponding to the \"action\" attributeId used in the XACML service policy,\nwhich by default is the policy belonging to the service referred to by \"serviceResource\" in the dialog.",
          "type": "string"
        },
        "authorizationAttribute": {
          "description": "Contains an authorization resource attributeId, that can used in custom authorization rules in the XACML service\npolicy, which by default is the policy belonging to the service referred to by \"serviceResource\" in the dialog.\n            \nCan also be used to refer to other service policies.",
          "type": [
            "string",
            "null"
          ]
        },
        "endpoints": {
          "description": "The endpoints associated with the action.",
          "items": {
            "$ref": "#/definitions/V1ServiceOwnerDialogsCommandsCreate_ApiActionEndpoint"
          },
          "type": [
            "array",
            "null"
          ]
        },
        "id": {
          "description": "A self-defined UUIDv7 may be provided to support idempotent creation of Api Actions. If not provided, a new UUIDv7 will be generated.",
          "format": "guid",
          "type": [
            "string",
            "null"
          ]
        },
        "name": {
          "description": "The logical name of the operation the API action refers to.",
          "type": [
            "string",
            "null"
          ]
        }
      },
      "type": "object"
    },
    "V1ServiceOwnerDialogsCommandsCreate_ApiActionEndpoint": {
      "additionalProperties": false,
      "properties": {
        "deprecated": {
          "description": "Boolean indicating if the endpoint is deprecated.",
          "type": "boolean"
        },
        "documentationUrl": {
          "description": "Link to documentation for the endpoint, providing documentation for integrators. Should be a URL to a\nhuman-readable page.",
          "format": "uri",
          "type": [
            "string",
            "null"
          ]
        },
        "httpMethod": {
          "description": "The HTTP method that the endpoint expects for this action.",
          "oneOf": [
            {
              "$ref": "#/definitions/Http_HttpVerb"
            }
          ]
        },
        "id": {
          "description": "A self-defined UUIDv7 may be provided to support idempotent creation of Api Action Endpoints. If not provided, a new UUIDv7 will be generated.",
          "format": "guid",
          "type": [
            "string",
            "null"
          ]
        },
        "requestSchema": {
          "description": "Link to the request schema for the endpoint. Used to provide documentation for integrators.\nDialogporten will not validate information on this endpoint.",
          "format": "uri",
          "type": [
            "string",
            "null"
          ]
        },
        "responseSchema": {
          "description": "Link to the response schema for the endpoint. Used to provide documentation for integrators.\nDialogporten will not validate information on this endpoint.",
          "format": "uri",
          "type": [
            "string",
            "null"
          ]
        },
        "sunsetAt": {
          "description": "Date and time when the endpoint will no longer function. Only set if the endpoint is deprecated. Dialogporten\nwill not enforce this date.",
          "format": "date-time",
          "type": [
            "string",
            "null"
          ]
        },
        "url": {
          "description": "The fully qualified URL of the API endpoint.",
          "format": "uri",
          "type": "string"
        },
        "version": {
          "description": "Arbitrary string indicating the version of the endpoint.",
          "type": [
            "string",
            "null"
          ]
        }
      },
      "type": "object"
    },
    "V1ServiceOwnerDialogsCommandsCreate_Attachment": {
      "additionalProperties": false,
      "properties": {
        "displayName": {
          "description": "The display name of the attachment that should be used in GUIs.",
          "items": {
            "$ref": "#/definitions/V1CommonLocalizations_Localization"
          },
          "type": [
            "array",
            "null"
          ]
        },
        "expiresAt": {
          "description": "The UTC timestamp when the attachment expires and is no longer available.",
          "format": "date-time",
          "type": [
            "string",
            "null"
          ]
        },
        "id": {
          "description": "A self-defined UUIDv7 may be provided to support idempotent creation of attachments. If not provided, a new UUIDv7 will be generated.",
          "format": "guid",
          "type": [
            "string",
            "null"
          ]
        },
        "name": {
          "description": "The logical name of the attachment.",
          "type": [
            "string",
            "null"
          ]
        },
        "urls": {
          "description": "The URLs associated with the attachment, each referring to a different representation of the attachment.",
          "items": {
            "$ref": "#/definitions/V1ServiceOwnerDialogsCommandsCreate_AttachmentUrl"
          },
          "type": [
            "array",
            "null"
          ]
        }
      },
      "type": "object"
    },
    "V1ServiceOwnerDialogsCommandsCreate_AttachmentUrl": {
      "additionalProperties": false,
      "properties": {
        "consumerType": {
          "description": "The type of consumer the URL is intended for.",
          "oneOf": [
            {
              "$ref": "#/definitions/Attachments_AttachmentUrlConsumerType"
            }
          ]
        },
        "id": {
          "description": "A self-defined UUIDv7 may be provided to support idempotent creation of attachment URLs. If not provided, a new UUIDv7 will be generated.",
          "format": "guid",
          "type": [
            "string",
            "null"
          ]
        },
        "mediaType": {
          "description": "The media type of the attachment.",
          "type": [
            "string",
            "null"
          ]
        },
        "url": {
          "description": "The fully qualified URL of the attachment.",
          "format": "uri",
          "type": "string"
        }
      },
      "type": "object"
    },
    "V1ServiceOwnerDialogsCommandsCreate_Content": {
      "additionalProperties": false,
      "properties": {
        "additionalInfo": {
          "anyOf": [
            {
              "description": "Additional information about the dialog.\nSupported media types: text/plain, text/markdown",
              "oneOf": [
                {
                  "$ref": "#/definitions/V1CommonContent_ContentValue"
                }
              ]
            },
            {
              "type": "null"
            }
          ]
        },
        "extendedStatus": {
          "anyOf": [
            {
              "description": "Used as the human-readable label used to describe the \"ExtendedStatus\" field.\nSupported media types: text/plain",
              "oneOf": [
                {
                  "$ref": "#/definitions/V1CommonContent_ContentValue"
                }
              ]
            },
            {
              "type": "null"
            }
          ]
        },
        "mainContentReference": {
          "anyOf": [
            {
              "description": "Front-channel embedded content. Used to dynamically embed content in the frontend from an external URL. Must be HTTPS.",
              "oneOf": [
                {
                  "$ref": "#/definitions/V1CommonContent_ContentValue"
                }
              ]
            },
            {
              "type": "null"
            }
          ]
        },
        "nonSensitiveSummary": {
          "anyOf": [
            {
              "description": "An optional non-sensitive summary of the dialog and its current state.\nUsed for search and list views if the user authorization does not meet the required eIDAS level",
              "oneOf": [
                {
                  "$ref": "#/definitions/V1CommonContent_ContentValue"
                }
              ]
            },
            {
              "type": "null"
            }
          ]
        },
        "nonSensitiveTitle": {
          "anyOf": [
            {
              "description": "An optional non-sensitive title of the dialog.\nUsed for search and list views if the user authorization does not meet the required eIDAS level",
              "oneOf": [
                {
                  "$ref": "#/definitions/V1CommonContent_ContentValue"
                }
              ]
            },
            {
              "type": "null"
            }
          ]
        },
        "senderName": {
          "anyOf": [
            {
              "description": "Overridden sender name. If not supplied, assume \"org\" as the sender name. Must be text/plain if supplied.\nSupported media types: text/plain",
              "oneOf": [
                {
                  "$ref": "#/definitions/V1CommonContent_ContentValue"
                }
              ]
            },
            {
              "type": "null"
            }
          ]
        },
        "summary": {
          "anyOf": [
            {
              "description": "A short summary of the dialog and its current state.\nSupported media types: text/plain",
              "oneOf": [
                {
                  "$ref": "#/definitions/V1CommonContent_ContentValue"
                }
              ]
            },
            {
              "type": "null"
            }
          ]
        },
        "title": {
          "description": "The title of the dialog.\nSupported media types: text/plain",
          "oneOf": [
            {
              "$ref": "#/definitions/V1CommonContent_ContentValue"
            }
          ]
        }
      },
      "type": "object"
    },
    "V1ServiceOwnerDialogsCommandsCreate_Dialog": {
      "additionalProperties": false,
      "properties": {
        "activities": {
          "description": "An immutable list of activities associated with the dialog.",
          "items": {
            "$ref": "#/definitions/V1ServiceOwnerDialogsCommandsCreate_Activity"
          },
          "type": [
            "array",
            "null"
          ]
        },
        "apiActions": {
          "description": "The API actions associated with the dialog. Should be used in specialized, non-browser-based integrations.",
          "items": {
            "$ref": "#/definitions/V1ServiceOwnerDialogsCommandsCreate_ApiAction"
          },
          "type": [
            "array",
            "null"
          ]
        },
        "attachments": {
          "description": "The attachments associated with the dialog (on an aggregate level).",
          "items": {
            "$ref": "#/definitions/V1ServiceOwnerDialogsCommandsCreate_Attachment"
          },
          "type": [
            "array",
            "null"
          ]
        },
        "content": {
          "anyOf": [
            {
              "description": "The dialog unstructured text content.",
              "oneOf": [
                {
                  "$ref": "#/definitions/V1ServiceOwnerDialogsCommandsCreate_Content"
                }
              ]
            },
            {
              "type": "null"
            }
          ]
        },
        "createdAt": {
          "description": "If set, will override the date and time when the dialog is set as created.\nIf not supplied, the current date /time will be used.",
          "format": "date-time",
          "type": [
            "string",
            "null"
          ]
        },
        "dueAt": {
          "description": "The due date for the dialog. Dialogs past due date might be marked as such in frontends but will still be available.",
          "format": "date-time",
          "type": [
            "string",
            "null"
          ]
        },
        "expiresAt": {
          "description": "The expiration date for the dialog. This is the last date when the dialog is available for the end user.\n            \nAfter this date is passed, the dialog will be considered expired and no longer available for the end user in any\nAPI. If not supplied, the dialog will be considered to never expire. This field can be changed after creation.",
          "format": "date-time",
          "type": [
            "string",
            "null"
          ]
        },
        "extendedStatus": {
          "description": "Arbitrary string with a service-specific indicator of status, typically used to indicate a fine-grained state of\nthe dialog to further specify the \"status\" enum.",
          "type": [
            "string",
            "null"
          ]
        },
        "externalReference": {
          "description": "Arbitrary string with a service-specific reference to an external system or service.",
          "type": [
            "string",
            "null"
          ]
        },
        "guiActions": {
          "description": "The GUI actions associated with the dialog. Should be used in browser-based interactive frontends.",
          "items": {
            "$ref": "#/definitions/V1ServiceOwnerDialogsCommandsCreate_GuiAction"
          },
          "type": [
            "array",
            "null"
          ]
        },
        "id": {
          "description": "A self-defined UUIDv7 may be provided to support idempotent creation of dialogs. If not provided, a new UUIDv7 will be generated.",
          "format": "guid",
          "type": [
            "string",
            "null"
          ]
        },
        "idempotentKey": {
          "description": "An optional key to ensure idempotency in dialog creation. If provided, it allows for the safe re-submission of the same dialog creation request without creating duplicate entries.",
          "type": [
            "string",
            "null"
          ]
        },
        "isApiOnly": {
          "description": "Indicates if this dialog is intended for API consumption only and should not be displayed in user interfaces.\nWhen true, the dialog will not be visible in portals designed for human users, but will remain accessible via API.",
          "type": "boolean"
        },
        "party": {
          "description": "The party code representing the organization or person that the dialog belongs to in URN format.",
          "type": "string"
        },
        "precedingProcess": {
          "description": "Optional preceding process identifier to indicate the business process that preceded the process indicated in the \"Process\" field. Cannot be set without also \"Process\" being set.",
          "type": [
            "string",
            "null"
          ]
        },
        "process": {
          "description": "Optional process identifier used to indicate a business process this dialog belongs to.",
          "type": [
            "string",
            "null"
          ]
        },
        "progress": {
          "description": "Advisory indicator of progress, represented as 1-100 percentage value. 100% representing a dialog that has come\nto a natural completion (successful or not).",
          "format": "int32",
          "type": [
            "integer",
            "null"
          ]
        },
        "searchTags": {
          "description": "A list of words (tags) that will be used in dialog search queries. Not visible in end-user DTO.",
          "items": {
            "$ref": "#/definitions/V1ServiceOwnerDialogsCommandsCreate_Tag"
          },
          "type": [
            "array",
            "null"
          ]
        },
        "serviceOwnerContext": {
          "anyOf": [
            {
              "description": "Metadata about the dialog owned by the service owner.",
              "oneOf": [
                {
                  "$ref": "#/definitions/V1ServiceOwnerDialogsCommandsCreate_DialogServiceOwnerContext"
                }
              ]
            },
            {
              "type": "null"
            }
          ]
        },
        "serviceResource": {
          "description": "The service identifier for the service that the dialog is related to in URN-format.\nThis corresponds to a resource in the Altinn Resource Registry, which the authenticated organization\nmust own, i.e., be listed as the \"competent authority\" in the Resource Registry entry.",
          "type": "string"
        },
        "status": {
          "anyOf": [
            {
              "description": "The aggregated status of the dialog.",
              "oneOf": [
                {
                  "$ref": "#/definitions/V1ServiceOwnerCommonDialogStatuses_DialogStatusInput"
                }
              ]
            },
            {
              "type": "null"
            }
          ]
        },
        "systemLabel": {
          "anyOf": [
            {
              "description": "Set the system label of the dialog.",
              "oneOf": [
                {
                  "$ref": "#/definitions/DialogEndUserContextsEntities_SystemLabel"
                }
              ]
            },
            {
              "type": "null"
            }
          ]
        },
        "transmissions": {
          "description": "The immutable list of transmissions associated with the dialog.",
          "items": {
            "$ref": "#/definitions/V1ServiceOwnerDialogsCommandsCreate_Transmission"
          },
          "type": [
            "array",
            "null"
          ]
        },
        "updatedAt": {
          "description": "If set, will override the date and time when the dialog is set as last updated.\nIf not supplied, the current date /time will be used.",
          "format": "date-time",
          "type": [
            "string",
            "null"
          ]
        },
        "visibleFrom": {
          "description": "The timestamp when the dialog should be made visible for authorized end users. If not provided, the dialog will be\nimmediately available.",
          "format": "date-time",
          "type": [
            "string",
            "null"
          ]
        }
      },
      "type": "object"
    },
    "V1ServiceOwnerDialogsCommandsCreate_DialogServiceOwnerContext": {
      "additionalProperties": false,
      "properties": {
        "serviceOwnerLabels": {
          "description": "A list of labels, not visible in end-user APIs.",
          "items": {
            "$ref": "#/definitions/V1ServiceOwnerDialogsCommandsCreate_ServiceOwnerLabel"
          },
          "type": [
            "array",
            "null"
          ]
        }
      },
      "type": "object"
    },
    "V1ServiceOwnerDialogsCommandsCreate_GuiAction": {
      "additionalProperties": false,
      "properties": {
        "action": {
          "description": "The action identifier for the action, corresponding to the \"action\" attributeId used in the XACML service policy.",
          "type": "string"
        },
        "authorizationAttribute": {
          "description": "Contains an authorization resource attributeId, that can used in custom authorization rules in the XACML service\npolicy, which by default is the policy belonging to the service referred to by \"serviceResource\" in the dialog.\n            \nCan also be used to refer to other service policies.",
          "type": [
            "string",
            "null"
          ]
        },
        "httpMethod": {
          "anyOf": [
            {
              "description": "The HTTP method that the frontend should use when redirecting the user.",
              "oneOf": [
                {
                  "$ref": "#/definitions/Http_HttpVerb"
                }
              ]
            },
            {
              "type": "null"
            }
          ]
        },
        "id": {
          "description": "A self-defined UUIDv7 may be provided to support idempotent creation of Gui Actions. If not provided, a new UUIDv7 will be generated.",
          "format": "guid",
          "type": [
            "string",
            "null"
          ]
        },
        "isDeleteDialogAction": {
          "description": "Indicates whether the action results in the dialog being deleted. Used by frontends to implement custom UX\nfor delete actions.",
          "type": "boolean"
        },
        "priority": {
          "description": "Indicates a priority for the action, making it possible for frontends to adapt GUI elements based on action\npriority.",
          "oneOf": [
            {
              "$ref": "#/definitions/DialogsEntitiesActions_DialogGuiActionPriority"
            }
          ]
        },
        "prompt": {
          "description": "If there should be a prompt asking the user for confirmation before the action is executed,\nthis field should contain the prompt text.",
          "items": {
            "$ref": "#/definitions/V1CommonLocalizations_Localization"
          },
          "type": [
            "array",
            "null"
          ]
        },
        "title": {
          "description": "The title of the action, this should be short and in verb form. Must be text/plain.",
          "items": {
            "$ref": "#/definitions/V1CommonLocalizations_Localization"
          },
          "type": [
            "array",
            "null"
          ]
        },
        "url": {
          "description": "The fully qualified URL of the action, to which the user will be redirected when the action is triggered. Will be set to\n\"urn:dialogporten:unauthorized\" if the user is not authorized to perform the action.",
          "format": "uri",
          "type": "string"
        }
      },
      "type": "object"
    },
    "V1ServiceOwnerDialogsCommandsCreate_ServiceOwnerLabel": {
      "additionalProperties": false,
      "properties": {
        "value": {
          "description": "A label value.",
          "type": "string"
        }
      },
      "type": "object"
    },
    "V1ServiceOwnerDialogsCommandsCreate_Tag": {
      "additionalProperties": false,
      "properties": {
        "value": {
          "description": "A search tag value.",
          "type": "string"
        }
      },
      "type": "object"
    },
    "V1ServiceOwnerDialogsCommandsCreate_Transmission": {
      "additionalProperties": false,
      "properties": {
        "attachments": {
          "description": "The transmission-level attachments.",
          "items": {
            "$ref": "#/definitions/V1ServiceOwnerDialogsCommandsCreate_TransmissionAttachment"
          },
          "type": [
            "array",
            "null"
          ]
        },
        "authorizationAttribute": {
          "description": "Contains an authorization resource attributeId, that can used in custom authorization rules in the XACML service\npolicy, which by default is the policy belonging to the service referred to by \"serviceResource\" in the dialog.\n            \nCan also be used to refer to other service policies.",
          "type": [
            "string",
            "null"
          ]
        },
        "content": {
          "anyOf": [
            {
              "description": "The transmission unstructured text content.",
              "oneOf": [
                {
                  "$ref": "#/definitions/V1ServiceOwnerDialogsCommandsCreate_TransmissionContent"
                }
              ]
            },
            {
              "type": "null"
            }
          ]
        },
        "createdAt": {
          "description": "If supplied, overrides the creating date and time for the transmission.\nIf not supplied, the current date /time will be used.",
          "format": "date-time",
          "type": "string"
        },
        "extendedType": {
          "description": "Arbitrary URI/URN describing a service-specific transmission type.\n            \nRefer to the service-specific documentation provided by the service owner for details (if in use).",
          "format": "uri",
          "type": [
            "string",
            "null"
          ]
        },
        "externalReference": {
          "description": "Arbitrary string with a service-specific reference to an external system or service.",
          "type": [
            "string",
            "null"
          ]
        },
        "id": {
          "description": "A self-defined UUIDv7 may be provided to support idempotent creation of transmissions. If not provided, a new UUIDv7 will be generated.",
          "format": "guid",
          "type": [
            "string",
            "null"
          ]
        },
        "idempotentKey": {
          "description": "An optional key to ensure idempotency in transmission creation. If provided, it must be unique within the dialog; reusing the same key for the same dialog results in Conflict and no new transmission is created.",
          "type": [
            "string",
            "null"
          ]
        },
        "navigationalActions": {
          "description": "The transmission-level navigational actions.",
          "items": {
            "$ref": "#/definitions/V1ServiceOwnerDialogsCommandsCreate_TransmissionNavigationalAction"
          },
          "type": [
            "array",
            "null"
          ]
        },
        "relatedTransmissionId": {
          "description": "Reference to any other transmission that this transmission is related to.",
          "format": "guid",
          "type": [
            "string",
            "null"
          ]
        },
        "sender": {
          "description": "The actor that sent the transmission.",
          "oneOf": [
            {
              "$ref": "#/definitions/V1ServiceOwnerCommonActors_Actor"
            }
          ]
        },
        "type": {
          "description": "The type of transmission.",
          "oneOf": [
            {
              "$ref": "#/definitions/DialogsEntitiesTransmissions_DialogTransmissionType"
            }
          ]
        }
      },
      "type": "object"
    },
    "V1ServiceOwnerDialogsCommandsCreate_TransmissionAttachment": {
      "additionalProperties": false,
      "properties": {
        "displayName": {
          "description": "The display name of the attachment that should be used in GUIs.",
          "items": {
            "$ref": "#/definitions/V1CommonLocalizations_Localization"
          },
          "type": [
            "array",
            "null"
          ]
        },
        "expiresAt": {
          "description": "The UTC timestamp when the attachment expires and is no longer available.",
          "format": "date-time",
          "type": [
            "string",
            "null"
          ]
        },
        "id": {
          "description": "A self-defined UUIDv7 may be provided to support idempotent creation of transmission attachments. If not provided, a new UUIDv7 will be generated.",
          "format": "guid",
          "type": [
            "string",
            "null"
          ]
        },
        "name": {
          "description": "The logical name of the attachment.",
          "type": [
            "string",
            "null"
          ]
        },
        "urls": {
          "description": "The URLs associated with the attachment, each referring to a different representation of the attachment.",
          "items": {
            "$ref": "#/definitions/V1ServiceOwnerDialogsCommandsCreate_TransmissionAttachmentUrl"
          },
          "type": [
            "array",
            "null"
          ]
        }
      },
      "type": "object"
    },
    "V1ServiceOwnerDialogsCommandsCreate_TransmissionAttachmentUrl": {
      "additionalProperties": false,
      "properties": {
        "consumerType": {
          "description": "The type of consumer the URL is intended for.",
          "oneOf": [
            {
              "$ref": "#/definitions/Attachments_AttachmentUrlConsumerType"
            }
          ]
        },
        "mediaType": {
          "description": "The media type of the attachment.",
          "type": [
            "string",
            "null"
          ]
        },
        "url": {
          "description": "The fully qualified URL of the attachment.",
          "format": "uri",
          "type": "string"
        }
      },
      "type": "object"
    },
    "V1ServiceOwnerDialogsCommandsCreate_TransmissionContent": {
      "additionalProperties": false,
      "properties": {
        "contentReference": {
          "anyOf": [
            {
              "description": "Front-channel embedded content. Used to dynamically embed content in the frontend from an external URL. Must be HTTPS.",
              "oneOf": [
                {
                  "$ref": "#/definitions/V1CommonContent_ContentValue"
                }
              ]
            },
            {
              "type": "null"
            }
          ]
        },
        "summary": {
          "anyOf": [
            {
              "description": "The transmission summary.",
              "oneOf": [
                {
                  "$ref": "#/definitions/V1CommonContent_ContentValue"
                }
              ]
            },
            {
              "type": "null"
            }
          ]
        },
        "title": {
          "description": "The transmission title. Must be text/plain.",
          "oneOf": [
            {
              "$ref": "#/definitions/V1CommonContent_ContentValue"
            }
          ]
        }
      },
      "type": "object"
    },
    "V1ServiceOwnerDialogsCommandsCreate_TransmissionNavigationalAction": {
      "additionalProperties": false,
      "properties": {
        "expiresAt": {
          "description": "The UTC timestamp when the navigational action expires and is no longer available.",
          "format": "date-time",
          "type": [
            "string",
            "null"
          ]
        },
        "title": {
          "description": "The title of the navigational action.",
          "items": {
            "$ref": "#/definitions/V1CommonLocalizations_Localization"
          },
          "type": [
            "array",
            "null"
          ]
        },
        "url": {
          "description": "The fully qualified URL of the navigational action.",
          "format": "uri",
          "type": "string"
        }
      },
      "type": "object"
    },
    "V1ServiceOwnerDialogsCommandsUpdate_Activity": {
      "additionalProperties": false,
      "properties": {
        "createdAt": {
          "description": "If supplied, overrides the creating date and time for the activity.\nIf not supplied, the current date /time will be used.",
          "format": "date-time",
          "type": [
            "string",
            "null"
          ]
        },
        "description": {
          "description": "Unstructured text describing the activity. Only set if the activity type is \"Information\".",
          "items": {
            "$ref": "#/definitions/V1CommonLocalizations_Localization"
          },
          "type": [
            "array",
            "null"
          ]
        },
        "extendedType": {
          "description": "Arbitrary URI/URN describing a service-specific activity type.",
          "format": "uri",
          "type": [
            "string",
            "null"
          ]
        },
        "id": {
          "description": "A UUIDv7 may be provided to support idempotent additions to the list of activities.\nIf not supplied, a new UUIDv7 will be generated.",
          "format": "guid",
          "type": [
            "string",
            "null"
          ]
        },
        "performedBy": {
          "description": "The actor that performed the activity.",
          "oneOf": [
            {
              "$ref": "#/definitions/V1ServiceOwnerCommonActors_Actor"
            }
          ]
        },
        "transmissionId": {
          "description": "If the activity is related to a particular transmission, this field will contain the transmission identifier.\nMust be present in the request body.",
          "format": "guid",
          "type": [
            "string",
            "null"
          ]
        },
        "type": {
          "description": "The type of activity.",
          "oneOf": [
            {
              "$ref": "#/definitions/DialogsEntitiesActivities_DialogActivityType"
            }
          ]
        }
      },
      "type": "object"
    },
    "V1ServiceOwnerDialogsCommandsUpdate_ApiAction": {
      "additionalProperties": false,
      "properties": {
        "action": {
          "description": "String identifier for the action, corresponding to the \"action\" attributeId used in the XACML service policy,\nwhich by default is the policy belonging to the service referred to by \"serviceResource\" in the dialog.",
          "type": "string"
        },
        "authorizationAttribute": {
          "description": "Contains an authorization resource attributeId, that can used in custom authorization rules in the XACML service\npolicy, which by default is the policy belonging to the service referred to by \"serviceResource\" in the dialog.\n            \nCan also be used to refer to other service policies.",
          "type": [
            "string",
            "null"
          ]
        },
        "endpoints": {
          "description": "The endpoints associated with the action.",
          "items": {
            "$ref": "#/definitions/V1ServiceOwnerDialogsCommandsUpdate_ApiActionEndpoint"
          },
          "type": [
            "array",
            "null"
          ]
        },
        "id": {
          "description": "A self-defined UUIDv7 may be provided to support idempotent additions of Api Actions. If not provided, a new UUIDv7 will be generated.",
          "format": "guid",
          "type": [
            "string",
            "null"
          ]
        },
        "name": {
          "description": "The logical name of the operation the API action refers to.",
          "type": [
            "string",
            "null"
          ]
        }
      },
      "type": "object"
    },
    "V1ServiceOwnerDialogsCommandsUpdate_ApiActionEndpoint": {
      "additionalProperties": false,
      "properties": {
        "deprecated": {
          "description": "Boolean indicating if the endpoint is deprecated.",
          "type": "boolean"
        },
        "documentationUrl": {
          "description": "Link to documentation for the endpoint, providing documentation for integrators. Should be a URL to a\nhuman-readable page.",
          "format": "uri",
          "type": [
            "string",
            "null"
          ]
        },
        "httpMethod": {
          "description": "The HTTP method that the endpoint expects for this action.",
          "oneOf": [
            {
              "$ref": "#/definitions/Http_HttpVerb"
            }
          ]
        },
        "id": {
          "description": "A self-defined UUIDv7 may be provided to support idempotent creation of Api Action Endpoints. If not provided, a new UUIDv7 will be generated.",
          "format": "guid",
          "type": [
            "string",
            "null"
          ]
        },
        "requestSchema": {
          "description": "Link to the request schema for the endpoint. Used to provide documentation for integrators.\nDialogporten will not validate information on this endpoint.",
          "format": "uri",
          "type": [
            "string",
            "null"
          ]
        },
        "responseSchema": {
          "description": "Link to the response schema for the endpoint. Used to provide documentation for integrators.\nDialogporten will not validate information on this endpoint.",
          "format": "uri",
          "type": [
            "string",
            "null"
          ]
        },
        "sunsetAt": {
          "description": "Date and time when the endpoint will no longer function. Only set if the endpoint is deprecated. Dialogporten\nwill not enforce this date.",
          "format": "date-time",
          "type": [
            "string",
            "null"
          ]
        },
        "url": {
          "description": "The fully qualified URL of the API endpoint.",
          "format": "uri",
          "type": "string"
        },
        "version": {
          "description": "Arbitrary string indicating the version of the endpoint.",
          "type": [
            "string",
            "null"
          ]
        }
      },
      "type": "object"
    },
    "V1ServiceOwnerDialogsCommandsUpdate_Attachment": {
      "additionalProperties": false,
      "properties": {
        "displayName": {
          "description": "The display name of the attachment that should be used in GUIs.",
          "items": {
            "$ref": "#/definitions/V1CommonLocalizations_Localization"
          },
          "type": [
            "array",
            "null"
          ]
        },
        "expiresAt": {
          "description": "The UTC timestamp when the attachment expires and is no longer available.",
          "format": "date-time",
          "type": [
            "string",
            "null"
          ]
        },
        "id": {
          "description": "A self-defined UUIDv7 may be provided to support idempotent additions of attachments. If not provided, a new UUIDv7 will be generated.",
          "format": "guid",
          "type": [
            "string",
            "null"
          ]
        },
        "name": {
          "description": "The logical name of the attachment.",
          "type": [
            "string",
            "null"
          ]
        },
        "urls": {
          "description": "The URLs associated with the attachment, each referring to a different representation of the attachment.",
          "items": {
            "$ref": "#/definitions/V1ServiceOwnerDialogsCommandsUpdate_AttachmentUrl"
          },
          "type": [
            "array",
            "null"
          ]
        }
      },
      "type": "object"
    },
    "V1ServiceOwnerDialogsCommandsUpdate_AttachmentUrl": {
      "additionalProperties": false,
      "properties": {
        "consumerType": {
          "description": "The type of consumer the URL is intended for.",
          "oneOf": [
            {
              "$ref": "#/definitions/Attachments_AttachmentUrlConsumerType"
            }
          ]
        },
        "id": {
          "description": "A self-defined UUIDv7 may be provided to support idempotent additions and updates of attachment URLs. If not provided, a new UUIDv7 will be generated.",
          "format": "guid",
          "type": [
            "string",
            "null"
          ]
        },
        "mediaType": {
          "description": "The media type of the attachment.",
          "type": [
            "string",
            "null"
          ]
        },
        "url": {
          "description": "The fully qualified URL of the attachment.",
          "format": "uri",
          "type": "string"
        }
      },
      "type": "object"
    },
    "V1ServiceOwnerDialogsCommandsUpdate_Content": {
      "additionalProperties": false,
      "properties": {
        "additionalInfo": {
          "anyOf": [
            {
              "description": "Additional information about the dialog, this may contain Markdown.",
              "oneOf": [
                {
                  "$ref": "#/definitions/V1CommonContent_ContentValue"
                }
              ]
            },
            {
              "type": "null"
            }
          ]
        },
        "extendedStatus": {
          "anyOf": [
            {
              "description": "Used as the human-readable label used to describe the \"ExtendedStatus\" field. Must be text/plain.",
              "oneOf": [
                {
                  "$ref": "#/definitions/V1CommonContent_ContentValue"
                }
              ]
            },
            {
              "type": "null"
            }
          ]
        },
        "mainContentReference": {
          "anyOf": [
            {
              "description": "Front-channel embedded content. Used to dynamically embed content in the frontend from an external URL. Must be HTTPS.",
              "oneOf": [
                {
                  "$ref": "#/definitions/V1CommonContent_ContentValue"
                }
              ]
            },
            {
              "type": "null"
            }
          ]
        },
        "nonSensitiveSummary": {
          "anyOf": [
            {
              "description": "An optional non-sensitive summary of the dialog and its current state.\nUsed for search and list views if the user authorization does not meet the required eIDAS level",
              "oneOf": [
                {
                  "$ref": "#/definitions/V1CommonContent_ContentValue"
                }
              ]
            },
            {
              "type": "null"
            }
          ]
        },
        "nonSensitiveTitle": {
          "anyOf": [
            {
              "description": "An optional non-sensitive title of the dialog.\nUsed for search and list views if the user authorization does not meet the required eIDAS level",
              "oneOf": [
                {
                  "$ref": "#/definitions/V1CommonContent_ContentValue"
                }
              ]
            },
            {
              "type": "null"
            }
          ]
        },
        "senderName": {
          "anyOf": [
            {
              "description": "Overridden sender name. If not supplied, assume \"org\" as the sender name. Must be text/plain if supplied.",
              "oneOf": [
                {
                  "$ref": "#/definitions/V1CommonContent_ContentValue"
                }
              ]
            },
            {
              "type": "null"
            }
          ]
        },
        "summary": {
          "anyOf": [
            {
              "description": "A short summary of the dialog and its current state. Must be text/plain.",
              "oneOf": [
                {
                  "$ref": "#/definitions/V1CommonContent_ContentValue"
                }
              ]
            },
            {
              "type": "null"
            }
          ]
        },
        "title": {
          "description": "The title of the dialog. Must be text/plain.",
          "oneOf": [
            {
              "$ref": "#/definitions/V1CommonContent_ContentValue"
            }
          ]
        }
      },
      "type": "object"
    },
    "V1ServiceOwnerDialogsCommandsUpdate_Dialog": {
      "additionalProperties": false,
      "properties": {
        "activities": {
          "description": "An immutable list of activities associated with the dialog. When updating via PUT, any activities added here\nwill be appended to the existing list of activities.",
          "items": {
            "$ref": "#/definitions/V1ServiceOwnerDialogsCommandsUpdate_Activity"
          },
          "type": [
            "array",
            "null"
          ]
        },
        "apiActions": {
          "description": "The API actions associated with the dialog. Should be used in specialized, non-browser-based integrations.",
          "items": {
            "$ref": "#/definitions/V1ServiceOwnerDialogsCommandsUpdate_ApiAction"
          },
          "type": [
            "array",
            "null"
          ]
        },
        "attachments": {
          "description": "The attachments associated with the dialog (on an aggregate level).",
          "items": {
            "$ref": "#/definitions/V1ServiceOwnerDialogsCommandsUpdate_Attachment"
          },
          "type": [
            "array",
            "null"
          ]
        },
        "content": {
          "anyOf": [
            {
              "description": "The dialog unstructured text content.",
              "oneOf": [
                {
                  "$ref": "#/definitions/V1ServiceOwnerDialogsCommandsUpdate_Content"
                }
              ]
            },
            {
              "type": "null"
            }
          ]
        },
        "dueAt": {
          "description": "The due date for the dialog. Dialogs past due date might be marked as such in frontends but will still be available.",
          "format": "date-time",
          "type": [
            "string",
            "null"
          ]
        },
        "expiresAt": {
          "description": "The expiration date for the dialog. This is the last date when the dialog is available for the end user.\n            \nAfter this date is passed, the dialog will be considered expired and no longer available for the end user in any\nAPI. If not supplied, the dialog will be considered to never expire. This field can be changed after creation.",
          "format": "date-time",
          "type": [
            "string",
            "null"
          ]
        },
        "extendedStatus": {
          "description": "Arbitrary string with a service-specific indicator of status, typically used to indicate a fine-grained state of\nthe dialog to further specify the \"status\" enum.",
          "type": [
            "string",
            "null"
          ]
        },
        "externalReference": {
          "description": "Arbitrary string with a service-specific reference to an external system or service.",
          "type": [
            "string",
            "null"
          ]
        },
        "guiActions": {
          "description": "The GUI actions associated with the dialog. Should be used in browser-based interactive frontends.",
          "items": {
            "$ref": "#/definitions/V1ServiceOwnerDialogsCommandsUpdate_GuiAction"
          },
          "type": [
            "array",
            "null"
          ]
        },
        "isApiOnly": {
          "description": "Indicates if this dialog is intended for API consumption only and should not be displayed in user interfaces.\nWhen true, the dialog will not be visible in portals designed for human users, but will remain accessible via API.\nIf any Transmissions were created without Content while this property was true, the flag cannot be reverted to false.",
          "type": "boolean"
        },
        "precedingProcess": {
          "description": "Optional preceding process identifier to indicate the business process that preceded the process indicated in the \"Process\" field. Cannot be set without also \"Process\" being set.",
          "type": [
            "string",
            "null"
          ]
        },
        "process": {
          "description": "Optional process identifier used to indicate a business process this dialog belongs to.",
          "type": [
            "string",
            "null"
          ]
        },
        "progress": {
          "description": "Advisory indicator of progress, represented as 1-100 percentage value. 100% representing a dialog that has come\nto a natural completion (successful or not).",
          "format": "int32",
          "type": [
            "integer",
            "null"
          ]
        },
        "searchTags": {
          "description": "A list of words (tags) that will be used in dialog search queries. Not visible in end-user DTO.",
          "items": {
            "$ref": "#/definitions/V1ServiceOwnerDialogsCommandsUpdate_Tag"
          },
          "type": [
            "array",
            "null"
          ]
        },
        "status": {
          "description": "The aggregated status of the dialog.",
          "oneOf": [
            {
              "$ref": "#/definitions/V1ServiceOwnerCommonDialogStatuses_DialogStatusInput"
            }
          ]
        },
        "transmissions": {
          "description": "The immutable list of transmissions associated with the dialog. When updating via PUT, any transmissions\nadded here will be appended to the existing list of transmissions.",
          "items": {
            "$ref": "#/definitions/V1ServiceOwnerDialogsCommandsUpdate_Transmission"
          },
          "type": [
            "array",
            "null"
          ]
        }
      },
      "type": "object"
    },
    "V1ServiceOwnerDialogsCommandsUpdate_GuiAction": {
      "additionalProperties": false,
      "properties": {
        "action": {
          "description": "The action identifier for the action, corresponding to the \"action\" attributeId used in the XACML service policy.",
          "type": "string"
        },
        "authorizationAttribute": {
          "description": "Contains an authorization resource attributeId, that can used in custom authorization rules in the XACML service\npolicy, which by default is the policy belonging to the service referred to by \"serviceResource\" in the dialog.\n            \nCan also be used to refer to other service policies.",
          "type": [
            "string",
            "null"
          ]
        },
        "httpMethod": {
          "anyOf": [
            {
              "description": "The HTTP method that the frontend should use when redirecting the user.",
              "oneOf": [
                {
                  "$ref": "#/definitions/Http_HttpVerb"
                }
              ]
            },
            {
              "type": "null"
            }
          ]
        },
        "id": {
          "description": "A self-defined UUIDv7 may be provided to support idempotent additions of Gui Actions. If not provided, a new UUIDv7 will be generated.",
          "format": "guid",
          "type": [
            "string",
            "null"
          ]
        },
        "isDeleteDialogAction": {
          "description": "Indicates whether the action results in the dialog being deleted. Used by frontends to implement custom UX\nfor delete actions.",
          "type": "boolean"
        },
        "priority": {
          "description": "Indicates a priority for the action, making it possible for frontends to adapt GUI elements based on action\npriority.",
          "oneOf": [
            {
              "$ref": "#/definitions/DialogsEntitiesActions_DialogGuiActionPriority"
            }
          ]
        },
        "prompt": {
          "description": "If there should be a prompt asking the user for confirmation before the action is executed,\nthis field should contain the prompt text.",
          "items": {
            "$ref": "#/definitions/V1CommonLocalizations_Localization"
          },
          "type": [
            "array",
            "null"
          ]
        },
        "title": {
          "description": "The title of the action, this should be short and in verb form. Must be text/plain.",
          "items": {
            "$ref": "#/definitions/V1CommonLocalizations_Localization"
          },
          "type": [
            "array",
            "null"
          ]
        },
        "url": {
          "description": "The fully qualified URL of the action, to which the user will be redirected when the action is triggered. Will be set to\n\"urn:dialogporten:unauthorized\" if the user is not authorized to perform the action.",
          "format": "uri",
          "type": "string"
        }
      },
      "type": "object"
    },
    "V1ServiceOwnerDialogsCommandsUpdate_Tag": {
      "additionalProperties": false,
      "properties": {
        "value": {
          "description": "A search tag value.",
          "type": "string"
        }
      },
      "type": "object"
    },
    "V1ServiceOwnerDialogsCommandsUpdate_Transmission": {
      "additionalProperties": false,
      "properties": {
        "attachments": {
          "description": "The transmission-level attachments.",
          "items": {
            "$ref": "#/definitions/V1ServiceOwnerDialogsCommandsUpdate_TransmissionAttachment"
          },
          "type": [
            "array",
            "null"
          ]
        },
        "authorizationAttribute": {
          "description": "Contains an authorization resource attributeId, that can used in custom authorization rules in the XACML service\npolicy, which by default is the policy belonging to the service referred to by \"serviceResource\" in the dialog.\n            \nCan also be used to refer to other service policies.",
          "type": [
            "string",
            "null"
          ]
        },
        "content": {
          "anyOf": [
            {
              "description": "The transmission unstructured text content.",
              "oneOf": [
                {
                  "$ref": "#/definitions/V1ServiceOwnerDialogsCommandsUpdate_TransmissionContent"
                }
              ]
            },
            {
              "type": "null"
            }
          ]
        },
        "createdAt": {
          "description": "If supplied, overrides the creating date and time for the transmission.\nIf not supplied, the current date /time will be used.",
          "format": "date-time",
          "type": "string"
        },
        "extendedType": {
          "description": "Arbitrary URI/URN describing a service-specific transmission type.\n            \nRefer to the service-specific documentation provided by the service owner for details (if in use).",
          "format": "uri",
          "type": [
            "string",
            "null"
          ]
        },
        "externalReference": {
          "description": "Arbitrary string with a service-specific reference to an external system or service.",
          "type": [
            "string",
            "null"
          ]
        },
        "id": {
          "description": "A UUIDv7 may be provided to support idempotent additions to the list of transmissions.\nIf not supplied, a new UUIDv7 will be generated.",
          "format": "guid",
          "type": [
            "string",
            "null"
          ]
        },
        "idempotentKey": {
          "description": "An optional key to ensure idempotency in transmission creation. If provided, it must be unique within the dialog; reusing the same key for the same dialog results in Conflict and no new transmission is created.",
          "type": [
            "string",
            "null"
          ]
        },
        "navigationalActions": {
          "description": "The transmission-level navigational actions.",
          "items": {
            "$ref": "#/definitions/V1ServiceOwnerDialogsCommandsUpdate_TransmissionNavigationalAction"
          },
          "type": [
            "array",
            "null"
          ]
        },
        "relatedTransmissionId": {
          "description": "Reference to any other transmission that this transmission is related to.",
          "format": "guid",
          "type": [
            "string",
            "null"
          ]
        },
        "sender": {
          "description": "The actor that sent the transmission.",
          "oneOf": [
            {
              "$ref": "#/definitions/V1ServiceOwnerCommonActors_Actor"
            }
          ]
        },
        "type": {
          "description": "The type of transmission.",
          "oneOf": [
            {
              "$ref": "#/definitions/DialogsEntitiesTransmissions_DialogTransmissionType"
            }
          ]
        }
      },
      "type": "object"
    },
    "V1ServiceOwnerDialogsCommandsUpdate_TransmissionAttachment": {
      "additionalProperties": false,
      "properties": {
        "displayName": {
          "description": "The display name of the attachment that should be used in GUIs.",
          "items": {
            "$ref": "#/definitions/V1CommonLocalizations_Localization"
          },
          "type": [
            "array",
            "null"
          ]
        },
        "expiresAt": {
          "description": "The UTC timestamp when the attachment expires and is no longer available.",
          "format": "date-time",
          "type": [
            "string",
            "null"
          ]
        },
        "id": {
          "description": "A self-defined UUIDv7 may be provided to support idempotent additions of transmission attachments. If not provided, a new UUIDv7 will be generated.",
          "format": "guid",
          "type": [
            "string",
            "null"
          ]
        },
        "name": {
          "description": "The logical name of the attachment.",
          "type": [
            "string",
            "null"
          ]
        },
        "urls": {
          "description": "The URLs associated with the attachment, each referring to a different representation of the attachment.",
          "items": {
            "$ref": "#/definitions/V1ServiceOwnerDialogsCommandsUpdate_TransmissionAttachmentUrl"
          },
          "type": [
            "array",
            "null"
          ]
        }
      },
      "type": "object"
    },
    "V1ServiceOwnerDialogsCommandsUpdate_TransmissionAttachmentUrl": {
      "additionalProperties": false,
      "properties": {
        "consumerType": {
          "description": "The type of consumer the URL is intended for.",
          "oneOf": [
            {
              "$ref": "#/definitions/Attachments_AttachmentUrlConsumerType"
            }
          ]
        },
        "mediaType": {
          "description": "The media type of the attachment.",
          "type": [
            "string",
            "null"
          ]
        },
        "url": {
          "description": "The fully qualified URL of the attachment.",
          "format": "uri",
          "type": "string"
        }
      },
      "type": "object"
    },
    "V1ServiceOwnerDialogsCommandsUpdate_TransmissionContent": {
      "additionalProperties": false,
      "properties": {
        "contentReference": {
          "anyOf": [
            {
              "description": "Front-channel embedded content. Used to dynamically embed content in the frontend from an external URL. Must be HTTPS.",
              "oneOf": [
                {
                  "$ref": "#/definitions/V1CommonContent_ContentValue"
                }
              ]
            },
            {
              "type": "null"
            }
          ]
        },
        "summary": {
          "anyOf": [
            {
              "description": "The transmission summary.",
              "oneOf": [
                {
                  "$ref": "#/definitions/V1CommonContent_ContentValue"
                }
              ]
            },
            {
              "type": "null"
            }
          ]
        },
        "title": {
          "description": "The transmission title. Must be text/plain.",
          "oneOf": [
            {
              "$ref": "#/definitions/V1CommonContent_ContentValue"
            }
          ]
        }
      },
      "type": "object"
    },
    "V1ServiceOwnerDialogsCommandsUpdate_TransmissionNavigationalAction": {
      "additionalProperties": false,
      "properties": {
        "expiresAt": {
          "description": "The UTC timestamp when the navigational action expires and is no longer available.",
          "format": "date-time",
          "type": [
            "string",
            "null"
          ]
        },
        "title": {
          "description": "The title of the navigational action.",
          "items": {
            "$ref": "#/definitions/V1CommonLocalizations_Localization"
          },
          "type": [
            "array",
            "null"
          ]
        },
        "url": {
          "description": "The fully qualified URL of the navigational action.",
          "format": "uri",
          "type": "string"
        }
      },
      "type": "object"
    },
    "V1ServiceOwnerDialogsQueriesGet_Content": {
      "additionalProperties": false,
      "properties": {
        "additionalInfo": {
          "anyOf": [
            {
              "description": "Additional information about the dialog, this may contain Markdown.",
              "oneOf": [
                {
                  "$ref": "#/definitions/V1CommonContent_ContentValue"
                }
              ]
            },
            {
              "type": "null"
            }
          ]
        },
        "extendedStatus": {
          "anyOf": [
            {
              "description": "Used as the human-readable label used to describe the \"ExtendedStatus\" field.",
              "oneOf": [
                {
                  "$ref": "#/definitions/V1CommonContent_ContentValue"
                }
              ]
            },
            {
              "type": "null"
            }
          ]
        },
        "mainContentReference": {
          "anyOf": [
            {
              "description": "Front-channel embedded content. Used to dynamically embed content in the frontend from an external URL. Must be HTTPS.\nIsAuthorized is evaluated only when you use the EndUserId query-parameter, otherwise it is null.",
              "oneOf": [
                {
                  "$ref": "#/definitions/V1CommonContent_ContentValue"
                }
              ]
            },
            {
              "type": "null"
            }
          ]
        },
        "nonSensitiveSummary": {
          "anyOf": [
            {
              "description": "An optional non-sensitive summary of the dialog and its current state.\nUsed for search and list views if the user authorization does not meet the required eIDAS level",
              "oneOf": [
                {
                  "$ref": "#/definitions/V1CommonContent_ContentValue"
                }
              ]
            },
            {
              "type": "null"
            }
          ]
        },
        "nonSensitiveTitle": {
          "anyOf": [
            {
              "description": "An optional non-sensitive title of the dialog.\nUsed for search and list views if the user authorization does not meet the required eIDAS level",
              "oneOf": [
                {
                  "$ref": "#/definitions/V1CommonContent_ContentValue"
                }
              ]
            },
            {
              "type": "null"
            }
          ]
        },
        "senderName": {
          "anyOf": [
            {
              "description": "Overridden sender name. If not supplied, assume \"org\" as the sender name.",
              "oneOf": [
                {
                  "$ref": "#/definitions/V1CommonContent_ContentValue"
                }
              ]
            },
            {
              "type": "null"
            }
          ]
        },
        "summary": {
          "anyOf": [
            {
              "description": "A short summary of the dialog and its current state.",
              "oneOf": [
                {
                  "$ref": "#/definitions/V1CommonContent_ContentValue"
                }
              ]
            },
            {
              "type": "null"
            }
          ]
        },
        "title": {
          "description": "The title of the dialog.",
          "oneOf": [
            {
              "$ref": "#/definitions/V1CommonContent_ContentValue"
            }
          ]
        }
      },
      "type": "object"
    },
    "V1ServiceOwnerDialogsQueriesGet_Dialog": {
      "additionalProperties": false,
      "properties": {
        "activities": {
          "description": "An immutable list of activities associated with the dialog.",
          "items": {
            "$ref": "#/definitions/V1ServiceOwnerDialogsQueriesGet_DialogActivity"
          },
          "type": [
            "array",
            "null"
          ]
        },
        "apiActions": {
          "description": "The API actions associated with the dialog. Should be used in specialized, non-browser-based integrations.",
          "items": {
            "$ref": "#/definitions/V1ServiceOwnerDialogsQueriesGet_DialogApiAction"
          },
          "type": [
            "array",
            "null"
          ]
        },
        "attachments": {
          "description": "The attachments associated with the dialog (on an aggregate level).",
          "items": {
            "$ref": "#/definitions/V1ServiceOwnerDialogsQueriesGet_DialogAttachment"
          },
          "type": [
            "array",
            "null"
          ]
        },
        "content": {
          "anyOf": [
            {
              "description": "The dialog unstructured text content.",
              "oneOf": [
                {
                  "$ref": "#/definitions/V1ServiceOwnerDialogsQueriesGet_Content"
                }
              ]
            },
            {
              "type": "null"
            }
          ]
        },
        "contentUpdatedAt": {
          "description": "The date and time when the dialog content was last updated.",
          "format": "date-time",
          "type": "string"
        },
        "createdAt": {
          "description": "The date and time when the dialog was created.",
          "format": "date-time",
          "type": "string"
        },
        "deletedAt": {
          "description": "If deleted, the date and time when the deletion was performed.",
          "format": "date-time",
          "type": [
            "string",
            "null"
          ]
        },
        "dueAt": {
          "description": "The due date for the dialog. Dialogs past due date might be marked as such in frontends but will still be available.",
          "format": "date-time",
          "type": [
            "string",
            "null"
          ]
        },
        "endUserContext": {
          "description": "Metadata about the dialog owned by end-users.",
          "oneOf": [
            {
              "$ref": "#/definitions/V1ServiceOwnerDialogsQueriesGet_DialogEndUserContext"
            }
          ]
        },
        "expiresAt": {
          "description": "The expiration date for the dialog. This is the last date when the dialog is available for the end user.\n            \nAfter this date is passed, the dialog will be considered expired and no longer available for the end user in any\nAPI. If not supplied, the dialog will be considered to never expire. This field can be changed by the service\nowner after the dialog has been created.",
          "format": "date-time",
          "type": [
            "string",
            "null"
          ]
        },
        "extendedStatus": {
          "description": "Arbitrary string with a service-specific indicator of status, typically used to indicate a fine-grained state of\nthe dialog to further specify the \"status\" enum.\n            \nRefer to the service-specific documentation provided by the service owner for details on the possible values (if\nin use).",
          "type": [
            "string",
            "null"
          ]
        },
        "externalReference": {
          "description": "Arbitrary string with a service-specific reference to an external system or service.\n            \nRefer to the service-specific documentation provided by the service owner for details (if in use).",
          "type": [
            "string",
            "null"
          ]
        },
        "fromPartyTransmissionsCount": {
          "description": "The number of transmissions sent by a party representative.",
          "format": "int32",
          "type": "integer"
        },
        "fromServiceOwnerTransmissionsCount": {
          "description": "The number of transmissions sent by the service owner.",
          "format": "int32",
          "type": "integer"
        },
        "guiActions": {
          "description": "The GUI actions associated with the dialog. Should be used in browser-based interactive frontends.",
          "items": {
            "$ref": "#/definitions/V1ServiceOwnerDialogsQueriesGet_DialogGuiAction"
          },
          "type": [
            "array",
            "null"
          ]
        },
        "hasUnopenedContent": {
          "description": "Whether the service owner has not yet reported all dialog Transmissions they sent as seen by the end user.\nA Transmission is considered \"sent from the service owner\" if the DialogTransmissionType is not one of Submission or Correction.\n            \nThe value of this field is:\n- true when there are any new unopened Transmissions sent from the service owner.\n- false when the service owner has created an Activity of type TransmissionOpened for all Transmissions sent from the service owner. The Activities must each contain the relevant Id for all relevant Transmissions.\n            \nNote that the value is\n- determined by the service owner and not to be confused with IsContentSeen\n- not affected by SystemLabels\n            \nFor correspondence: HasUnopenedContent is still true until the service owner also adds a Dialog level Activity (no transmission id) of type CorrespondenceOpened",
          "type": "boolean"
        },
        "id": {
          "description": "The unique identifier for the dialog in UUIDv7 format.",
          "format": "guid",
          "type": "string"
        },
        "idempotentKey": {
          "description": "An optional key to ensure idempotency in dialog creation. If provided, it allows for the safe re-submission of the same dialog creation request without creating duplicate entries.\n            ",
          "type": [
            "string",
            "null"
          ]
        },
        "isApiOnly": {
          "description": "Indicates if this dialog is intended for API consumption only and should not be shown in frontends aimed at humans.",
          "type": "boolean"
        },
        "isContentSeen": {
          "description": "Indicates whether a dialog has been seen since its last content update.\n            \nThe value of this field is\n- true if the dialog has been retrieved since its last content update by either GET /enduser/dialogs/{dialogId} or GET /serviceowner/dialogs/{dialogId}?EndUserId={userId} and there is no SystemLabels MarkedAsUnopened\n- false if there is a SystemLabels MarkedAsUnopened, even if the dialog has been seen since its last content update\n- false after the dialog receives a content update.\n            \nNote that the value is determined by Dialogporten and not to be confused with HasUnopenedContent",
          "type": "boolean"
        },
        "org": {
          "description": "The service owner code representing the organization (service owner) related to this dialog.",
          "type": "string"
        },
        "party": {
          "description": "The party code representing the organization or person that the dialog belongs to in URN format.",
          "type": "string"
        },
        "precedingProcess": {
          "description": "Optional preceding process identifier to indicate the business process that preceded the process indicated in the \"Process\" field. Cannot be set without also \"Process\" being set.",
          "type": [
            "string",
            "null"
          ]
        },
        "process": {
          "description": "Optional process identifier used to indicate a business process this dialog belongs to.",
          "type": [
            "string",
            "null"
          ]
        },
        "progress": {
          "description": "Advisory indicator of progress, represented as 1-100 percentage value. 100% representing a dialog that has come\nto a natural completion (successful or not).",
          "format": "int32",
          "type": [
            "integer",
            "null"
          ]
        },
        "revision": {
          "description": "The unique identifier for the revision in UUIDv4 format.",
          "format": "guid",
          "type": "string"
        },
        "searchTags": {
          "description": "The list of words (tags) that will be used in dialog search queries. Not visible in end-user DTO.",
          "items": {
            "$ref": "#/definitions/V1ServiceOwnerDialogsQueriesGet_Tag"
          },
          "type": [
            "array",
            "null"
          ]
        },
        "seenSinceLastContentUpdate": {
          "description": "The list of seen log entries for the dialog newer than the dialog ContentUpdatedAt date.",
          "items": {
            "$ref": "#/definitions/V1ServiceOwnerDialogsQueriesGet_DialogSeenLog"
          },
          "type": [
            "array",
            "null"
          ]
        },
        "seenSinceLastUpdate": {
          "description": "The list of seen log entries for the dialog newer than the dialog UpdatedAt date.",
          "items": {
            "$ref": "#/definitions/V1ServiceOwnerDialogsQueriesGet_DialogSeenLog"
          },
          "type": [
            "array",
            "null"
          ]
        },
        "serviceOwnerContext": {
          "description": "Metadata about the dialog owned by the service owner.",
          "oneOf": [
            {
              "$ref": "#/definitions/V1ServiceOwnerDialogsQueriesGet_DialogServiceOwnerContext"
            }
          ]
        },
        "serviceResource": {
          "description": "The service identifier for the service that the dialog is related to in URN-format.\nThis corresponds to a service resource in the Altinn Resource Registry.",
          "type": "string"
        },
        "serviceResourceType": {
          "description": "The ServiceResource type, as defined in Altinn Resource Registry (see ResourceType).",
          "type": "string"
        },
        "status": {
          "description": "The aggregated status of the dialog.",
          "oneOf": [
            {
              "$ref": "#/definitions/DialogsEntities_DialogStatus"
            }
          ]
        },
        "systemLabel": {
          "deprecated": true,
          "description": "System defined label used to categorize dialogs.\nThis is obsolete and will only show; Default, Bin or Archive.\nUse SystemLabels on EndUserContext instead.",
          "oneOf": [
            {
              "$ref": "#/definitions/DialogEndUserContextsEntities_SystemLabel"
            }
          ]
        },
        "transmissions": {
          "description": "The immutable list of transmissions associated with the dialog.",
          "items": {
            "$ref": "#/definitions/V1ServiceOwnerDialogsQueriesGet_DialogTransmission"
          },
          "type": [
            "array",
            "null"
          ]
        },
        "updatedAt": {
          "description": "The date and time when the dialog was last updated.",
          "format": "date-time",
          "type": "string"
        },
        "visibleFrom": {
          "description": "The timestamp when the dialog will be made visible for authorized end users.",
          "format": "date-time",
          "type": [
            "string",
            "null"
          ]
        }
      },
      "type": "object"
    },
    "V1ServiceOwnerDialogsQueriesGet_DialogActivity": {
      "additionalProperties": false,
      "properties": {
        "createdAt": {
          "description": "The date and time when the activity was created.",
          "format": "date-time",
          "type": [
            "string",
            "null"
          ]
        },
        "description": {
          "description": "Unstructured text describing the activity. Only set if the activity type is \"Information\".",
          "items": {
            "$ref": "#/definitions/V1CommonLocalizations_Localization"
          },
          "type": [
            "array",
            "null"
          ]
        },
        "extendedType": {
          "description": "An arbitrary URI/URN with a service-specific activity type.\n            \nConsult the service-specific documentation provided by the service owner for details (if in use).",
          "format": "uri",
          "type": [
            "string",
            "null"
          ]
        },
        "id": {
          "description": "The unique identifier for the activity in UUIDv7 format.",
          "format": "guid",
          "type": "string"
        },
        "performedBy": {
          "description": "The actor that performed the activity.",
          "oneOf": [
            {
              "$ref": "#/definitions/V1ServiceOwnerCommonActors_Actor"
            }
          ]
        },
        "transmissionId": {
          "description": "If the activity is related to a particular transmission, this field will contain the transmission identifier.",
          "format": "guid",
          "type": [
            "string",
            "null"
          ]
        },
        "type": {
          "description": "The type of activity.",
          "oneOf": [
            {
              "$ref": "#/definitions/DialogsEntitiesActivities_DialogActivityType"
            }
          ]
        }
      },
      "type": "object"
    },
    "V1ServiceOwnerDialogsQueriesGet_DialogApiAction": {
      "additionalProperties": false,
      "properties": {
        "action": {
          "description": "String identifier for the action, corresponding to the \"action\" attributeId used in the XACML service policy,\nwhich by default is the policy belonging to the service referred to by \"serviceResource\" in the dialog.",
          "type": "string"
        },
        "authorizationAttribute": {
          "description": "Contains an authorization resource attributeId, that can used in custom authorization rules in the XACML service\npolicy, which by default is the policy belonging to the service referred to by \"serviceResource\" in the dialog.\n            \nCan also be used to refer to other service policies.",
          "type": [
            "string",
            "null"
          ]
        },
        "endpoints": {
          "description": "The endpoints associated with the action.",
          "items": {
            "$ref": "#/definitions/V1ServiceOwnerDialogsQueriesGet_DialogApiActionEndpoint"
          },
          "type": [
            "array",
            "null"
          ]
        },
        "id": {
          "description": "The unique identifier for the action in UUIDv7 format.",
          "format": "guid",
          "type": "string"
        },
        "isAuthorized": {
          "description": "True if the authenticated user (set in the query) is authorized for this action.",
          "type": [
            "boolean",
            "null"
          ]
        },
        "name": {
          "description": "The logical name of the operation the API action refers to.",
          "type": [
            "string",
            "null"
          ]
        }
      },
      "type": "object"
    },
    "V1ServiceOwnerDialogsQueriesGet_DialogApiActionEndpoint": {
      "additionalProperties": false,
      "properties": {
        "deprecated": {
          "description": "Boolean indicating if the endpoint is deprecated. Integrators should migrate to endpoints with a higher version.",
          "type": "boolean"
        },
        "documentationUrl": {
          "description": "Link to service provider documentation for the endpoint. Used for service owners to provide documentation for\nintegrators. Should be a URL to a human-readable page.",
          "format": "uri",
          "type": [
            "string",
            "null"
          ]
        },
        "httpMethod": {
          "description": "The HTTP method that the endpoint expects for this action.",
          "oneOf": [
            {
              "$ref": "#/definitions/Http_HttpVerb"
            }
          ]
        },
        "id": {
          "description": "The unique identifier for the endpoint in UUIDv7 format.",
          "format": "guid",
          "type": "string"
        },
        "requestSchema": {
          "description": "Link to the request schema for the endpoint. Used by service owners to provide documentation for integrators.\nDialogporten will not validate information on this endpoint.",
          "format": "uri",
          "type": [
            "string",
            "null"
          ]
        },
        "responseSchema": {
          "description": "Link to the response schema for the endpoint. Used for service owners to provide documentation for integrators.\nDialogporten will not validate information on this endpoint.",
          "format": "uri",
          "type": [
            "string",
            "null"
          ]
        },
        "sunsetAt": {
          "description": "Date and time when the service owner has indicated that endpoint will no longer function. Only set if the endpoint\nis deprecated. Dialogporten will not enforce this date.",
          "format": "date-time",
          "type": [
            "string",
            "null"
          ]
        },
        "url": {
          "description": "The fully qualified URL of the API endpoint.",
          "format": "uri",
          "type": "string"
        },
        "version": {
          "description": "Arbitrary string indicating the version of the endpoint.\n            \nConsult the service-specific documentation provided by the service owner for details (if in use).",
          "type": [
            "string",
            "null"
          ]
        }
      },
      "type": "object"
    },
    "V1ServiceOwnerDialogsQueriesGet_DialogAttachment": {
      "additionalProperties": false,
      "properties": {
        "displayName": {
          "description": "The display name of the attachment that should be used in GUIs.",
          "items": {
            "$ref": "#/definitions/V1CommonLocalizations_Localization"
          },
          "type": [
            "array",
            "null"
          ]
        },
        "expiresAt": {
          "description": "The UTC timestamp when the attachment expires and is no longer available.",
          "format": "date-time",
          "type": [
            "string",
            "null"
          ]
        },
        "id": {
          "description": "The unique identifier for the attachment in UUIDv7 format.",
          "format": "guid",
          "type": "string"
        },
        "name": {
          "description": "The logical name of the attachment.",
          "type": [
            "string",
            "null"
          ]
        },
        "urls": {
          "description": "The URLs associated with the attachment, each referring to a different representation of the attachment.",
          "items": {
            "$ref": "#/definitions/V1ServiceOwnerDialogsQueriesGet_DialogAttachmentUrl"
          },
          "type": [
            "array",
            "null"
          ]
        }
      },
      "type": "object"
    },
    "V1ServiceOwnerDialogsQueriesGet_DialogAttachmentUrl": {
      "additionalProperties": false,
      "properties": {
        "consumerType": {
          "description": "What type of consumer the URL is intended for.",
          "oneOf": [
            {
              "$ref": "#/definitions/Attachments_AttachmentUrlConsumerType"
            }
          ]
        },
        "id": {
          "description": "The unique identifier for the attachment URL in UUIDv7 format.",
          "format": "guid",
          "type": "string"
        },
        "mediaType": {
          "description": "The media type of the attachment.",
          "type": [
            "string",
            "null"
          ]
        },
        "url": {
          "description": "The fully qualified URL of the attachment.",
          "format": "uri",
          "type": "string"
        }
      },
      "type": "object"
    },
    "V1ServiceOwnerDialogsQueriesGet_DialogEndUserContext": {
      "additionalProperties": false,
      "properties": {
        "revision": {
          "description": "The unique identifier for the end user context revision in UUIDv4 format.",
          "format": "guid",
          "type": "string"
        },
        "systemLabels": {
          "description": "System defined labels used to categorize dialogs.",
          "items": {
            "$ref": "#/definitions/DialogEndUserContextsEntities_SystemLabel"
          },
          "type": [
            "array",
            "null"
          ]
        }
      },
      "type": "object"
    },
    "V1ServiceOwnerDialogsQueriesGet_DialogGuiAction": {
      "additionalProperties": false,
      "properties": {
        "action": {
          "description": "The action identifier for the action, corresponding to the \"action\" attributeId used in the XACML service policy.",
          "type": "string"
        },
        "authorizationAttribute": {
          "description": "Contains an authorization resource attributeId, that can used in custom authorization rules in the XACML service\npolicy, which by default is the policy belonging to the service referred to by \"serviceResource\" in the dialog.\n            \nCan also be used to refer to other service policies.",
          "type": [
            "string",
            "null"
          ]
        },
        "httpMethod": {
          "description": "The HTTP method that the frontend should use when redirecting the user.",
          "oneOf": [
            {
              "$ref": "#/definitions/Http_HttpVerb"
            }
          ]
        },
        "id": {
          "description": "The unique identifier for the action in UUIDv7 format.",
          "format": "guid",
          "type": "string"
        },
        "isAuthorized": {
          "description": "Whether the user, if supplied in the query, is authorized to perform the action.",
          "type": [
            "boolean",
            "null"
          ]
        },
        "isDeleteDialogAction": {
          "description": "Indicates whether the action results in the dialog being deleted. Used by frontends to implement custom UX\nfor delete actions.",
          "type": "boolean"
        },
        "priority": {
          "description": "Indicates a priority for the action, making it possible for frontends to adapt GUI elements based on action\npriority.",
          "oneOf": [
            {
              "$ref": "#/definitions/DialogsEntitiesActions_DialogGuiActionPriority"
            }
          ]
        },
        "prompt": {
          "description": "If there should be a prompt asking the user for confirmation before the action is executed,\nthis field should contain the prompt text.",
          "items": {
            "$ref": "#/definitions/V1CommonLocalizations_Localization"
          },
          "type": [
            "array",
            "null"
          ]
        },
        "title": {
          "description": "The title of the action, this should be short and in verb form.",
          "items": {
            "$ref": "#/definitions/V1CommonLocalizations_Localization"
          },
          "type": [
            "array",
            "null"
          ]
        },
        "url": {
          "description": "The fully qualified URL of the action, to which the user will be redirected when the action is triggered.",
          "format": "uri",
          "type": "string"
        }
      },
      "type": "object"
    },
    "V1ServiceOwnerDialogsQueriesGet_DialogSeenLog": {
      "additionalProperties": false,
      "properties": {
        "id": {
          "description": "The unique identifier for the seen log entry in UUIDv7 format.",
          "format": "guid",
          "type": "string"
        },
        "isCurrentEndUser": {
          "description": "Flag indicating whether the seen log entry was created by the current end user, if provided in the query.",
          "type": "boolean"
        },
        "isViaServiceOwner": {
          "description": "Flag indicating whether the seen log entry was created via the service owner.\n            \nThis is used when the service owner uses the service owner API to implement its own frontend.",
          "type": [
            "boolean",
            "null"
          ]
        },
        "seenAt": {
          "description": "The timestamp when the dialog revision was seen.",
          "format": "date-time",
          "type": "string"
        },
        "seenBy": {
          "description": "The actor that saw the dialog revision.",
          "oneOf": [
            {
              "$ref": "#/definitions/V1ServiceOwnerCommonActors_Actor"
            }
          ]
        }
      },
      "type": "object"
    },
    "V1ServiceOwnerDialogsQueriesGet_DialogServiceOwnerContext": {
      "additionalProperties": false,
      "properties": {
        "revision": {
          "description": "The unique identifier for the service owner context revision in UUIDv4 format.",
          "format": "guid",
          "type": "string"
        },
        "serviceOwnerLabels": {
          "description": "A list of labels, not visible in end-user APIs.",
          "items": {
            "$ref": "#/definitions/V1ServiceOwnerDialogsQueriesGet_DialogServiceOwnerLabel"
          },
          "type": [
            "array",
            "null"
          ]
        }
      },
      "type": "object"
    },
    "V1ServiceOwnerDialogsQueriesGet_DialogServiceOwnerLabel": {
      "additionalProperties": false,
      "properties": {
        "value": {
          "description": "A label value.",
          "type": "string"
        }
      },
      "type": "object"
    },
    "V1ServiceOwnerDialogsQueriesGet_DialogTransmission": {
      "additionalProperties": false,
      "properties": {
        "attachments": {
          "description": "The transmission-level attachments.",
          "items": {
            "$ref": "#/definitions/V1ServiceOwnerDialogsQueriesGet_DialogTransmissionAttachment"
          },
          "type": [
            "array",
            "null"
          ]
        },
        "authorizationAttribute": {
          "description": "Contains an authorization resource attributeId, that can used in custom authorization rules in the XACML service\npolicy, which by default is the policy belonging to the service referred to by \"serviceResource\" in the dialog.\n            \nCan also be used to refer to other service policies.",
          "type": [
            "string",
            "null"
          ]
        },
        "content": {
          "description": "The transmission unstructured text content.",
          "oneOf": [
            {
              "$ref": "#/definitions/V1ServiceOwnerDialogsQueriesGet_DialogTransmissionContent"
            }
          ]
        },
        "createdAt": {
          "description": "The date and time when the transmission was created.",
          "format": "date-time",
          "type": "string"
        },
        "extendedType": {
          "description": "Arbitrary URI/URN describing a service-specific transmission type.\n            \nRefer to the service-specific documentation provided by the service owner for details (if in use).",
          "format": "uri",
          "type": [
            "string",
            "null"
          ]
        },
        "externalReference": {
          "description": "Arbitrary string with a service-specific reference to an external system or service.",
          "type": [
            "string",
            "null"
          ]
        },
        "id": {
          "description": "The unique identifier for the transmission in UUIDv7 format.",
          "format": "guid",
          "type": "string"
        },
        "idempotentKey": {
          "description": "An optional key to ensure idempotency in transmission creation. If provided, it must be unique within the dialog; reusing the same key for the same dialog results in Conflict and no new transmission is created.",
          "type": [
            "string",
            "null"
          ]
        },
        "isAuthorized": {
          "description": "Flag indicating if the authenticated user supplied in the query is authorized for this transmission.",
          "type": [
            "boolean",
            "null"
          ]
        },
        "isOpened": {
          "description": "Indicates whether the dialog transmission has been opened.",
          "type": "boolean"
        },
        "navigationalActions": {
          "description": "The transmission-level navigational actions.",
          "items": {
            "$ref": "#/definitions/V1ServiceOwnerDialogsQueriesGet_DialogTransmissionNavigationalAction"
          },
          "type": [
            "array",
            "null"
          ]
        },
        "relatedTransmissionId": {
          "description": "Reference to any other transmission that this transmission is related to.",
          "format": "guid",
          "type": [
            "string",
            "null"
          ]
        },
        "sender": {
          "description": "The actor that sent the transmission.",
          "oneOf": [
            {
              "$ref": "#/definitions/V1ServiceOwnerCommonActors_Actor"
            }
          ]
        },
        "type": {
          "description": "The type of transmission.",
          "oneOf": [
            {
              "$ref": "#/definitions/DialogsEntitiesTransmissions_DialogTransmissionType"
            }
          ]
        }
      },
      "type": "object"
    },
    "V1ServiceOwnerDialogsQueriesGet_DialogTransmissionAttachment": {
      "additionalProperties": false,
      "properties": {
        "displayName": {
          "description": "The display name of the attachment that should be used in GUIs.",
          "items": {
            "$ref": "#/definitions/V1CommonLocalizations_Localization"
          },
          "type": [
            "array",
            "null"
          ]
        },
        "expiresAt": {
          "description": "The UTC timestamp when the attachment expires and is no longer available.",
          "format": "date-time",
          "type": [
            "string",
            "null"
          ]
        },
        "id": {
          "description": "The unique identifier for the attachment in UUIDv7 format.",
          "format": "guid",
          "type": "string"
        },
        "name": {
          "description": "The logical name of the attachment.",
          "type": [
            "string",
            "null"
          ]
        },
        "urls": {
          "description": "The URLs associated with the attachment, each referring to a different representation of the attachment.",
          "items": {
            "$ref": "#/definitions/V1ServiceOwnerDialogsQueriesGet_DialogTransmissionAttachmentUrl"
          },
          "type": [
            "array",
            "null"
          ]
        }
      },
      "type": "object"
    },
    "V1ServiceOwnerDialogsQueriesGet_DialogTransmissionAttachmentUrl": {
      "additionalProperties": false,
      "properties": {
        "consumerType": {
          "description": "The type of consumer the URL is intended for.",
          "oneOf": [
            {
              "$ref": "#/definitions/Attachments_AttachmentUrlConsumerType"
            }
          ]
        },
        "id": {
          "description": "The unique identifier for the attachment URL in UUIDv7 format.",
          "format": "guid",
          "type": "string"
        },
        "mediaType": {
          "description": "The media type of the attachment.",
          "type": [
            "string",
            "null"
          ]
        },
        "url": {
          "description": "The fully qualified URL of the attachment. Will be set to \"urn:dialogporten:unauthorized\" if the user is\nnot authorized to access the transmission.",
          "format": "uri",
          "type": "string"
        }
      },
      "type": "object"
    },
    "V1ServiceOwnerDialogsQueriesGet_DialogTransmissionContent": {
      "additionalProperties": false,
      "properties": {
        "contentReference": {
          "anyOf": [
            {
              "description": "Front-channel embedded content. Used to dynamically embed content in the frontend from an external URL. Must be HTTPS.",
              "oneOf": [
                {
                  "$ref": "#/definitions/V1CommonContent_ContentValue"
                }
              ]
            },
            {
              "type": "null"
            }
          ]
        },
        "summary": {
          "anyOf": [
            {
              "description": "The transmission summary.",
              "oneOf": [
                {
                  "$ref": "#/definitions/V1CommonContent_ContentValue"
                }
              ]
            },
            {
              "type": "null"
            }
          ]
        },
        "title": {
          "description": "The transmission title.",
          "oneOf": [
            {
              "$ref": "#/definitions/V1CommonContent_ContentValue"
            }
          ]
        }
      },
      "type": "object"
    },
    "V1ServiceOwnerDialogsQueriesGet_DialogTransmissionNavigationalAction": {
      "additionalProperties": false,
      "properties": {
        "expiresAt": {
          "description": "The UTC timestamp when the navigational action expires and is no longer available.",
          "format": "date-time",
          "type": [
            "string",
            "null"
          ]
        },
        "title": {
          "description": "The title of the navigational action.",
          "items": {
            "$ref": "#/definitions/V1CommonLocalizations_Localization"
          },
          "type": [
            "array",
            "null"
          ]
        },
        "url": {
          "description": "The fully qualified URL of the navigational action.",
          "format": "uri",
          "type": "string"
        }
      },
      "type": "object"
    },
    "V1ServiceOwnerDialogsQueriesGet_Tag": {
      "additionalProperties": false,
      "properties": {
        "value": {
          "description": "A search tag value.",
          "type": "string"
        }
      },
      "type": "object"
    }
  }
} as const;

/** The served operations: method, the spec's path, the scopes its security names, the request body schema. */
export const servedOperations = {
  "V1ServiceOwnerDialogsCommandsCreate_Dialog": {
    "method": "POST",
    "path": "/api/v1/serviceowner/dialogs",
    "scopes": [
      "digdir:dialogporten.serviceprovider"
    ],
    "requestBody": {
      "$ref": "#/definitions/V1ServiceOwnerDialogsCommandsCreate_Dialog"
    }
  },
  "V1ServiceOwnerDialogsQueriesGet_Dialog": {
    "method": "GET",
    "path": "/api/v1/serviceowner/dialogs/{dialogId}",
    "scopes": [
      "digdir:dialogporten.serviceprovider"
    ]
  },
  "V1ServiceOwnerDialogsCommandsUpdate_Dialog": {
    "method": "PUT",
    "path": "/api/v1/serviceowner/dialogs/{dialogId}",
    "scopes": [
      "digdir:dialogporten.serviceprovider"
    ],
    "requestBody": {
      "$ref": "#/definitions/V1ServiceOwnerDialogsCommandsUpdate_Dialog"
    }
  },
  "V1ServiceOwnerDialogsPatchDialog": {
    "method": "PATCH",
    "path": "/api/v1/serviceowner/dialogs/{dialogId}",
    "scopes": [
      "digdir:dialogporten.serviceprovider"
    ],
    "requestBody": {
      "items": {
        "$ref": "#/definitions/JsonPatchOperations_Operation"
      },
      "type": "array"
    }
  },
  "V1ServiceOwnerDialogsCommandsDelete_Dialog": {
    "method": "DELETE",
    "path": "/api/v1/serviceowner/dialogs/{dialogId}",
    "scopes": [
      "digdir:dialogporten.serviceprovider"
    ]
  },
  "V1ServiceOwnerDialogsCommandsRestore_Dialog": {
    "method": "POST",
    "path": "/api/v1/serviceowner/dialogs/{dialogId}/actions/restore",
    "scopes": [
      "digdir:dialogporten.serviceprovider"
    ]
  },
  "V1ServiceOwnerDialogsCommandsPurge_Dialog": {
    "method": "POST",
    "path": "/api/v1/serviceowner/dialogs/{dialogId}/actions/purge",
    "scopes": [
      "digdir:dialogporten.serviceprovider"
    ]
  },
  "V1ServiceOwnerDialogsCommandsCreateActivity_DialogActivity": {
    "method": "POST",
    "path": "/api/v1/serviceowner/dialogs/{dialogId}/activities",
    "scopes": [
      "digdir:dialogporten.serviceprovider"
    ],
    "requestBody": {
      "$ref": "#/definitions/V1ServiceOwnerDialogsCommandsCreateActivity_ActivityRequest"
    }
  },
  "V1ServiceOwnerDialogsCommandsCreateTransmission_DialogTransmission": {
    "method": "POST",
    "path": "/api/v1/serviceowner/dialogs/{dialogId}/transmissions",
    "scopes": [
      "digdir:dialogporten.serviceprovider"
    ],
    "requestBody": {
      "$ref": "#/definitions/V1ServiceOwnerDialogsCommandsCreateTransmission_TransmissionRequest"
    }
  },
  "V1EndUserDialogsQueriesGet_Dialog": {
    "method": "GET",
    "path": "/api/v1/enduser/dialogs/{dialogId}",
    "scopes": [
      "digdir:dialogporten"
    ]
  }
} as const;

export const SPEC_VERSION = "1.118.6";
