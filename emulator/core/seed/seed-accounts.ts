/**
 * Accounts and their contacts. The first accounts and contacts carry External IDs
 * (`ACC-00001`, `CON-00001`) so upserts and relationship columns have something to match.
 */
import type { StoredRecord } from '../contracts';
import { RECORD_TYPES } from '../schema/record-types';
import { pad, phoneNumber, picklistValues, slug, weightedPick } from './seed-context';
import type { SeedContext } from './seed-context';
import { ACCOUNTS_WITH_EXTERNAL_ID, CONTACTS_WITH_EXTERNAL_ID } from './seed-counts';
import {
  COMPANY_STEMS,
  COMPANY_SUFFIXES,
  COMPANY_TRADES,
  DEPARTMENTS,
  FIRST_NAMES,
  LAST_NAMES,
  PLACES,
  STREETS,
  TITLES,
} from './seed-words';

/** Seeded accounts with a parent (the last ones, each under an earlier account). */
const SUBSIDIARIES = 20;
/** Share of contacts with no account ("private" contacts). */
const PRIVATE_CONTACT_SHARE = 0.05;

const ACCOUNT_TYPE_WEIGHTS = [
  ['Customer - Direct', 40],
  ['Prospect', 25],
  ['Customer - Channel', 10],
  ['Channel Partner / Reseller', 10],
  ['Technology Partner', 5],
  ['Installation Partner', 5],
  ['Other', 5],
] as const;

/** The id of a seeded record type (schema/record-types.ts). */
export function recordTypeId(sobjectType: string, developerName: string): string {
  const found = RECORD_TYPES.find(
    (rt) => rt.sobjectType === sobjectType && rt.developerName === developerName,
  );
  if (found === undefined) throw new Error(`No record type ${sobjectType}.${developerName}`);
  return found.id;
}

/** A company not used yet: its name (`Northwind Logistics Ltd`) and web domain. */
export function uniqueCompany(ctx: SeedContext, used: Set<string>) {
  for (;;) {
    const base = `${ctx.random.pick(COMPANY_STEMS)} ${ctx.random.pick(COMPANY_TRADES)}`;
    const name = ctx.random.chance(0.6) ? `${base} ${ctx.random.pick(COMPANY_SUFFIXES)}` : base;
    if (!used.has(base)) {
      used.add(base);
      return { name, domain: `${slug(base, '-')}.example` };
    }
  }
}

export function seedAccounts(ctx: SeedContext, count: number, usedNames: Set<string>) {
  const { random, store } = ctx;
  const industries = picklistValues(ctx.schema, 'Account', 'Industry');
  const ratings = picklistValues(ctx.schema, 'Account', 'Rating');
  const sources = picklistValues(ctx.schema, 'Account', 'AccountSource');
  const accounts: StoredRecord[] = [];
  for (let i = 1; i <= count; i++) {
    const { name, domain } = uniqueCompany(ctx, usedNames);
    const place = random.pick(PLACES);
    const type = weightedPick(ctx, ACCOUNT_TYPE_WEIGHTS);
    const partner = type.includes('Partner');
    const parent = i > count - SUBSIDIARIES ? random.pick(accounts.slice(0, 100)) : undefined;
    const street = `${random.int(1, 999)} ${random.pick(STREETS)}`;
    const sameShipping = random.chance(0.7);
    accounts.push(
      store.insert(
        'Account',
        {
          Name: name,
          Type: type,
          RecordTypeId: recordTypeId('Account', partner ? 'Partner' : 'Customer'),
          ParentId: parent?.Id ?? null,
          BillingStreet: street,
          BillingCity: place.city,
          BillingState: place.state,
          BillingPostalCode: place.postalCode,
          BillingCountry: place.country,
          ShippingStreet: sameShipping ? street : null,
          ShippingCity: sameShipping ? place.city : null,
          ShippingCountry: sameShipping ? place.country : null,
          Phone: phoneNumber(ctx, place.phonePrefix),
          AccountNumber: `CD${random.int(100000, 999999)}`,
          Website: `https://www.${domain}`,
          Industry: random.pick(industries),
          AnnualRevenue: random.int(1, 500) * 100_000,
          NumberOfEmployees: random.int(5, 20_000),
          Rating: random.pick(ratings),
          AccountSource: random.pick(sources),
          OwnerId: parent?.OwnerId ?? random.pick(ctx.owners),
          External_Id__c: i <= ACCOUNTS_WITH_EXTERNAL_ID ? `ACC-${pad(i, 5)}` : null,
        },
        ctx.adminId,
      ),
    );
  }
  return accounts;
}

/** A person's e-mail, unique in the seed (`chloe.obrien2@northwind-logistics.example`). */
function uniqueEmail(first: string, last: string, domain: string, used: Set<string>): string {
  const local = `${slug(first)}.${slug(last, '')}`;
  let email = `${local}@${domain}`;
  for (let n = 2; used.has(email); n++) email = `${local}${n}@${domain}`;
  used.add(email);
  return email;
}

export function seedContacts(ctx: SeedContext, count: number, accounts: readonly StoredRecord[]) {
  const { random, store } = ctx;
  const salutations = picklistValues(ctx.schema, 'Contact', 'Salutation');
  const sources = picklistValues(ctx.schema, 'Contact', 'LeadSource');
  const usedEmails = new Set<string>();
  const byAccount = new Map<string, StoredRecord[]>();
  for (let i = 1; i <= count; i++) {
    const account = random.chance(PRIVATE_CONTACT_SHARE) ? undefined : random.pick(accounts);
    const first = random.pick(FIRST_NAMES);
    const last = random.pick(LAST_NAMES);
    const website = typeof account?.Website === 'string' ? account.Website : 'https://mail.example';
    const domain = website.replace('https://www.', '').replace('https://', '');
    const place = PLACES.find((p) => p.city === account?.BillingCity) ?? random.pick(PLACES);
    const contact = store.insert(
      'Contact',
      {
        AccountId: account?.Id ?? null,
        Salutation: random.chance(0.7) ? random.pick(salutations) : null,
        FirstName: first,
        LastName: last,
        Email: uniqueEmail(first, last, domain, usedEmails),
        Phone: phoneNumber(ctx, place.phonePrefix),
        MobilePhone: random.chance(0.5) ? phoneNumber(ctx, place.phonePrefix) : null,
        Title: random.pick(TITLES),
        Department: random.pick(DEPARTMENTS),
        Birthdate: `${random.int(1950, 2000)}-${pad(random.int(1, 12), 2)}-${pad(random.int(1, 28), 2)}`,
        LeadSource: random.pick(sources),
        MailingCity: place.city,
        MailingState: place.state,
        MailingPostalCode: place.postalCode,
        MailingCountry: place.country,
        OwnerId: account?.OwnerId ?? random.pick(ctx.owners),
        External_Id__c: i <= CONTACTS_WITH_EXTERNAL_ID ? `CON-${pad(i, 5)}` : null,
      },
      ctx.adminId,
    );
    if (account !== undefined) {
      const list = byAccount.get(account.Id) ?? [];
      list.push(contact);
      byAccount.set(account.Id, list);
    }
  }
  return byAccount;
}
