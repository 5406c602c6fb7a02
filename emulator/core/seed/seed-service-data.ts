/**
 * The service and finance side of the demo org: cases (some owned by the support queue) and
 * invoices, a few of which share an Invoice_Number__c on purpose (seed-counts.ts).
 */
import type { StoredRecord } from '../contracts';
import { CASE_ORIGINS, CASE_REASONS, CASE_TYPES } from '../schema/objects/case';
import { recordTypeId } from './seed-accounts';
import { pad, weightedPick } from './seed-context';
import type { SalesData, SeedContext } from './seed-context';
import {
  CASE_VARIANT_INVOICE_NUMBERS,
  DUPLICATED_INVOICE_NUMBERS,
  SEED_COUNTS,
} from './seed-counts';
import { addDays } from './seeded-random';
import { CASE_SUBJECTS } from './seed-words';

const CASE_STATUS_WEIGHTS = [
  ['New', 3],
  ['Working', 3],
  ['Escalated', 1],
  ['Closed', 3],
] as const;
const CASE_PRIORITY_WEIGHTS = [
  ['High', 1],
  ['Medium', 3],
  ['Low', 2],
] as const;
const INVOICE_STATUS_WEIGHTS = [
  ['Draft', 2],
  ['Sent', 3],
  ['Paid', 4],
  ['Void', 1],
] as const;
const QUEUE_OWNED_SHARE = 0.3;

export function seedServiceData(ctx: SeedContext, sales: SalesData): void {
  seedCases(ctx, SEED_COUNTS.Case, sales);
  seedInvoices(ctx, SEED_COUNTS.Invoice__c, sales.accounts);
}

function seedCases(ctx: SeedContext, count: number, sales: SalesData): void {
  const { random } = ctx;
  const withContacts = sales.accounts.filter((a) => sales.contactsByAccount.has(a.Id));
  for (let i = 1; i <= count; i++) {
    const account = random.pick(withContacts);
    const contact = random.pick(sales.contactsByAccount.get(account.Id) ?? []);
    const status = weightedPick(ctx, CASE_STATUS_WEIGHTS);
    const origin = random.pick(CASE_ORIGINS);
    const opened = addDays('2025-09-01', random.int(0, 120));
    const closed = status === 'Closed' ? addDays(opened, random.int(0, 14)) : undefined;
    ctx.store.insert(
      'Case',
      {
        AccountId: account.Id,
        ContactId: contact.Id,
        RecordTypeId: recordTypeId('Case', 'Support'),
        Subject: random.pick(CASE_SUBJECTS),
        Status: status,
        Priority: weightedPick(ctx, CASE_PRIORITY_WEIGHTS),
        Origin: origin,
        Type: random.pick(CASE_TYPES),
        Reason: random.pick(CASE_REASONS),
        SuppliedEmail: origin === 'Phone' ? null : (contact.Email ?? null),
        IsClosed: closed !== undefined,
        IsEscalated: status === 'Escalated',
        ClosedDate:
          closed === undefined ? null : `${closed}T${pad(random.int(8, 17), 2)}:00:00.000Z`,
        OwnerId: random.chance(QUEUE_OWNED_SHARE) ? ctx.queueId : random.pick(ctx.owners),
      },
      ctx.adminId,
    );
  }
}

/** `INV-2025-0001`…, except the deliberate duplicates and the case variant at the end. */
function invoiceNumber(i: number, count: number): string {
  const duplicates = DUPLICATED_INVOICE_NUMBERS.length;
  const duplicateSlot = i - (count - duplicates);
  if (duplicateSlot >= 1) return DUPLICATED_INVOICE_NUMBERS[duplicateSlot - 1] ?? '';
  if (i === count - duplicates) return CASE_VARIANT_INVOICE_NUMBERS[1];
  return `INV-2025-${pad(i, 4)}`;
}

function seedInvoices(ctx: SeedContext, count: number, accounts: readonly StoredRecord[]): void {
  const { random } = ctx;
  for (let i = 1; i <= count; i++) {
    const account = random.pick(accounts);
    ctx.store.insert(
      'Invoice__c',
      {
        Account__c: account.Id,
        Invoice_Number__c: invoiceNumber(i, count),
        Status__c: weightedPick(ctx, INVOICE_STATUS_WEIGHTS),
        Amount__c: random.int(50_000, 5_000_000) / 100,
        Due_Date__c: addDays('2025-06-01', random.int(0, 300)),
        OwnerId: account.OwnerId ?? ctx.adminId,
      },
      ctx.adminId,
    );
  }
}
