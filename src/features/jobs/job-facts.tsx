/**
 * Every JobInfo field of one job (salesforce-api.md §1.6) under an admin's label, with
 * Salesforce's own field name alongside for anyone comparing with Setup or another tool.
 */
import type { ReactNode } from 'react';
import { formatCount } from '../../lib/format-numbers';
import type { JobInfo } from '../../salesforce/bulk/ingest-types';
import type { UserName } from '../../salesforce/user-names';
import { CreatorName } from './org-job-row';
import {
  formatMilliseconds,
  formatSalesforceDate,
  operationWord,
  succeededCount,
} from './job-words';

interface Fact {
  label: string;
  field: string;
  value: ReactNode;
}

function factsOf(info: JobInfo, creator: UserName | undefined): Fact[] {
  const facts: (Fact | null)[] = [
    { label: 'Job ID', field: 'id', value: info.id },
    { label: 'Object', field: 'object', value: info.object },
    { label: 'Operation', field: 'operation', value: operationWord(info.operation) },
    info.externalIdFieldName
      ? { label: 'Matching field', field: 'externalIdFieldName', value: info.externalIdFieldName }
      : null,
    info.assignmentRuleId
      ? { label: 'Assignment rule', field: 'assignmentRuleId', value: info.assignmentRuleId }
      : null,
    { label: 'State', field: 'state', value: info.state },
    {
      label: 'Records processed',
      field: 'numberRecordsProcessed',
      value: `${formatCount(info.numberRecordsProcessed)} (${formatCount(succeededCount(info))} succeeded)`,
    },
    {
      label: 'Records failed',
      field: 'numberRecordsFailed',
      value: formatCount(info.numberRecordsFailed),
    },
    {
      label: 'Automatic retries by Salesforce',
      field: 'retries',
      value: formatCount(info.retries),
    },
    { label: 'Created', field: 'createdDate', value: formatSalesforceDate(info.createdDate) },
    {
      label: 'Created by',
      field: 'createdById',
      value: <CreatorName id={info.createdById} user={creator} />,
    },
    {
      label: 'Last changed',
      field: 'systemModstamp',
      value: formatSalesforceDate(info.systemModstamp),
    },
    {
      label: 'Processing time',
      field: 'totalProcessingTime',
      value: formatMilliseconds(info.totalProcessingTime),
    },
    {
      label: 'API processing time',
      field: 'apiActiveProcessingTime',
      value: formatMilliseconds(info.apiActiveProcessingTime),
    },
    {
      label: 'Apex processing time (triggers and flows)',
      field: 'apexProcessingTime',
      value: formatMilliseconds(info.apexProcessingTime),
    },
    { label: 'API version', field: 'apiVersion', value: info.apiVersion.toFixed(1) },
    { label: 'Job type', field: 'jobType', value: info.jobType },
    { label: 'File format', field: 'contentType', value: info.contentType },
    { label: 'Line ending', field: 'lineEnding', value: info.lineEnding },
    { label: 'Column delimiter', field: 'columnDelimiter', value: info.columnDelimiter },
    { label: 'Concurrency mode', field: 'concurrencyMode', value: info.concurrencyMode },
  ];
  return facts.filter((fact): fact is Fact => fact !== null);
}

export function JobFacts(props: { info: JobInfo; creator: UserName | undefined }) {
  return (
    <dl className="slds-dl_horizontal">
      {factsOf(props.info, props.creator).map((fact) => (
        <div key={fact.field} className="slds-grid slds-wrap slds-size_1-of-1">
          <dt className="slds-dl_horizontal__label">
            {fact.label}{' '}
            <span className="slds-text-body_small slds-text-color_weak">({fact.field})</span>
          </dt>
          <dd className="slds-dl_horizontal__detail">{fact.value}</dd>
        </div>
      ))}
    </dl>
  );
}
