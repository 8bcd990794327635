// TEMPORARY stand-in until openapi.docusign.yaml is generated; replaced by `npm run generate`.
export interface components {
  schemas: {
    connectCustomConfiguration: { connectId: string; [key: string]: unknown };
    errorDetails: { errorCode?: string; message?: string; [key: string]: unknown };
  };
}
