/**
 * Salesforce's ingest error codes in an admin's words, with what to do. Looked up by code only,
 * never by message wording (design.md §8), and with the code's spellings folded together: the
 * wire says `INVALIDJOB` and `NOT_FOUND`, the docs say `InvalidJob` and `NotFound` (§1.11).
 */

export interface ErrorHelp {
  /** What happened, in plain words. */
  explanation: string;
  /** What the admin can do about it. */
  whatToDo: string;
}

/** Keys are folded (upper case, no underscores): see foldCode. */
const HELP: Readonly<Record<string, ErrorHelp>> = {
  INVALIDSESSIONID: {
    explanation: 'Your Salesforce session ended (it timed out, or someone revoked it).',
    whatToDo: 'Sign in again. Jobs already running in Salesforce keep running meanwhile.',
  },
  INVALIDJOB: {
    explanation:
      "Salesforce refused the job: its settings don't fit the object (for example the upsert matching field), or the job received data more than once.",
    whatToDo:
      'Check the object, operation and matching field. A job that got data twice cannot be closed: abort it, and its rows go into a new job.',
  },
  INVALIDJOBSTATE: {
    explanation:
      'The job is no longer in a state that allows this step (it was already closed, aborted or finished).',
    whatToDo: 'Refresh the job to see where it is now; nothing needs to be sent again.',
  },
  NOTFOUND: {
    explanation:
      'Salesforce has no such job. It was deleted, belongs to another org, or finished more than 7 days ago (Salesforce then removes it).',
    whatToDo:
      'Check you are signed in to the org that ran the load. Forklift keeps its own history of the load.',
  },
  FEATURENOTENABLED: {
    explanation:
      'Hard delete needs the "Bulk API Hard Delete" permission, which is off by default.',
    whatToDo:
      'Ask an admin to grant "Bulk API Hard Delete" through a permission set, or use delete instead (records go to the Recycle Bin).',
  },
  REQUESTLIMITEXCEEDED: {
    explanation: 'The org has used up its API request allowance for the last 24 hours.',
    whatToDo:
      'Wait for the allowance to recover (it is a rolling 24 hours), or ask Salesforce for a higher limit. Setup → Company Information shows the usage.',
  },
  APIDISABLEDFORORG: {
    explanation: 'The API is not enabled for this org or for your user.',
    whatToDo:
      'An admin must give your user the "API Enabled" permission; some editions have no API at all.',
  },
  INVALIDENTITY: {
    explanation: 'This object cannot be loaded with Bulk API 2.0.',
    whatToDo: 'Pick another object, or load this one with a different tool.',
  },
  INSUFFICIENTACCESS: {
    explanation: 'Your user may not create, edit or delete records of this object.',
    whatToDo: 'Ask an admin for the object permissions this operation needs.',
  },
  EXCEEDEDMAXSIZEREQUEST: {
    explanation:
      'The upload is bigger than Salesforce accepts for one job (150 MB after encoding).',
    whatToDo: 'Lower the job size limit so the rows are split into more jobs.',
  },
  JSONPARSERERROR: {
    explanation: "Salesforce could not read the job's settings.",
    whatToDo:
      'This is a problem in Forklift or an unsupported API version: report it with the message below.',
  },
  SERVERUNAVAILABLE: {
    explanation: 'Salesforce was briefly unavailable.',
    whatToDo: 'Try again in a few minutes; Forklift already retried where that was safe.',
  },
  UNKNOWNEXCEPTION: {
    explanation: 'Salesforce had an internal error.',
    whatToDo:
      'Try again. If it keeps happening, contact Salesforce support with the ErrorId in the message.',
  },
  CORSORIGINNOTALLOWED: {
    explanation: "This console's address is not on the org's CORS allowlist.",
    whatToDo: 'An admin adds this address under Setup → CORS.',
  },
  // Job-level failures: Failed jobs carry `errorMessage: "<Code> : <detail>"` (§1.10).
  INVALIDBATCH: {
    explanation:
      "Salesforce could not process the job's data: usually a column that names no field of the object, or too many failed retries.",
    whatToDo: 'Read the detail below, fix the mapping, and run the rows again.',
  },
  CLIENTINPUTERROR: {
    explanation: "The data did not match the job's settings (for example the line endings).",
    whatToDo: 'Run the rows again; if it repeats, report it with the detail below.',
  },
};

/** `NOT_FOUND`, `NotFound` and `notfound` are one code. */
export function foldCode(code: string): string {
  return code.replace(/[_\s]/g, '').toUpperCase();
}

/** The help for a Salesforce error code, or undefined when we have none. */
export function ingestErrorHelp(errorCode: string): ErrorHelp | undefined {
  return HELP[foldCode(errorCode)];
}

/** The code at the start of a Failed job's errorMessage (`InvalidBatch : …` → `InvalidBatch`). */
export function jobErrorCode(errorMessage: string): string | undefined {
  const match = /^\s*([A-Za-z_]+)\s*:/.exec(errorMessage);
  return match?.[1];
}
