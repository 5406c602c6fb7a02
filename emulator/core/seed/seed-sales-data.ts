/**
 * The sales side of the demo org: accounts, contacts, campaigns, leads, campaign members and
 * opportunities, in the order their lookups need.
 */
import type { StoredRecord } from '../contracts';
import { OPPORTUNITY_STAGES } from '../schema/objects/opportunity';
import { recordTypeId, seedAccounts, seedContacts, uniqueCompany } from './seed-accounts';
import { pad, phoneNumber, picklistValues, slug, weightedPick } from './seed-context';
import type { SalesData, SeedContext } from './seed-context';
import { SEED_COUNTS } from './seed-counts';
import { addDays } from './seeded-random';
import { FIRST_NAMES, LAST_NAMES, PLACES, PRODUCTS, TITLES } from './seed-words';

const CAMPAIGNS = [
  {
    Name: 'Spring Webinar Series',
    Type: 'Webinar',
    Status: 'Completed',
    StartDate: '2025-03-03',
    EndDate: '2025-05-30',
    IsActive: false,
    BudgetedCost: 12_000,
  },
  {
    Name: 'LogiMAT Trade Show',
    Type: 'Trade Show',
    Status: 'Completed',
    StartDate: '2025-10-14',
    EndDate: '2025-10-16',
    IsActive: false,
    BudgetedCost: 45_000,
  },
  {
    Name: 'Q1 Email Nurture',
    Type: 'Email',
    Status: 'In Progress',
    StartDate: '2026-01-05',
    EndDate: '2026-03-31',
    IsActive: true,
    BudgetedCost: 3_000,
  },
  {
    Name: 'Partner Referral Program',
    Type: 'Referral Program',
    Status: 'Planned',
    StartDate: '2026-04-01',
    EndDate: '2026-12-31',
    IsActive: true,
    BudgetedCost: 20_000,
  },
] as const;

const LEAD_STATUS_WEIGHTS = [
  ['Open - Not Contacted', 5],
  ['Working - Contacted', 3],
  ['Closed - Not Converted', 2],
] as const;

/** Probability (%) and forecast category per stage, as Salesforce's default sales path has them. */
const STAGE_DETAILS: Readonly<Record<string, readonly [number, string]>> = {
  Prospecting: [10, 'Pipeline'],
  Qualification: [10, 'Pipeline'],
  'Needs Analysis': [20, 'Pipeline'],
  'Value Proposition': [50, 'Pipeline'],
  'Id. Decision Makers': [60, 'Pipeline'],
  'Perception Analysis': [70, 'Pipeline'],
  'Proposal/Price Quote': [75, 'Best Case'],
  'Negotiation/Review': [90, 'Commit'],
  'Closed Won': [100, 'Closed'],
  'Closed Lost': [0, 'Omitted'],
};

/** Campaign members: the first 25 contacts and 15 leads (SEED_COUNTS.CampaignMember = 40). */
const CONTACT_MEMBERS = 25;
const LEAD_MEMBERS = SEED_COUNTS.CampaignMember - CONTACT_MEMBERS;

export function seedSalesData(ctx: SeedContext): SalesData {
  const usedNames = new Set<string>();
  const accounts = seedAccounts(ctx, SEED_COUNTS.Account, usedNames);
  const contactsByAccount = seedContacts(ctx, SEED_COUNTS.Contact, accounts);
  const campaigns = CAMPAIGNS.map((campaign) =>
    ctx.store.insert('Campaign', { ...campaign, OwnerId: ctx.adminId }, ctx.adminId),
  );
  const leads = seedLeads(ctx, SEED_COUNTS.Lead, usedNames);
  seedCampaignMembers(ctx, campaigns, [...contactsByAccount.values()].flat(), leads);
  seedOpportunities(ctx, SEED_COUNTS.Opportunity, accounts, contactsByAccount, campaigns);
  return { accounts, contactsByAccount };
}

function seedLeads(ctx: SeedContext, count: number, usedNames: Set<string>): StoredRecord[] {
  const { random } = ctx;
  const sources = picklistValues(ctx.schema, 'Lead', 'LeadSource');
  const industries = picklistValues(ctx.schema, 'Lead', 'Industry');
  const ratings = picklistValues(ctx.schema, 'Lead', 'Rating');
  const leads: StoredRecord[] = [];
  for (let i = 1; i <= count; i++) {
    const company = uniqueCompany(ctx, usedNames);
    const first = random.pick(FIRST_NAMES);
    const last = random.pick(LAST_NAMES);
    const place = random.pick(PLACES);
    const values = {
      FirstName: first,
      LastName: last,
      Company: company.name,
      Title: random.pick(TITLES),
      Email: `${slug(first)}.${slug(last, '')}${i}@${company.domain}`,
      Phone: phoneNumber(ctx, place.phonePrefix),
      City: place.city,
      State: place.state,
      Country: place.country,
      Status: weightedPick(ctx, LEAD_STATUS_WEIGHTS),
      LeadSource: random.pick(sources),
      Industry: random.pick(industries),
      Rating: random.pick(ratings),
      OwnerId: random.chance(0.3) ? ctx.queueId : random.pick(ctx.owners),
    };
    leads.push(ctx.store.insert('Lead', values, ctx.adminId));
  }
  return leads;
}

function seedCampaignMembers(
  ctx: SeedContext,
  campaigns: readonly StoredRecord[],
  contacts: readonly StoredRecord[],
  leads: readonly StoredRecord[],
): void {
  const people = [
    ...contacts.slice(0, CONTACT_MEMBERS).map((c) => ({ ContactId: c.Id })),
    ...leads.slice(0, LEAD_MEMBERS).map((l) => ({ LeadId: l.Id })),
  ];
  people.forEach((person, i) => {
    const campaign = campaigns[i % campaigns.length] as StoredRecord;
    const responded = ctx.random.chance(0.4);
    ctx.store.insert(
      'CampaignMember',
      {
        CampaignId: campaign.Id,
        ...person,
        Status: responded ? 'Responded' : 'Sent',
        HasResponded: responded,
      },
      ctx.adminId,
    );
  });
}

function seedOpportunities(
  ctx: SeedContext,
  count: number,
  accounts: readonly StoredRecord[],
  contactsByAccount: ReadonlyMap<string, readonly StoredRecord[]>,
  campaigns: readonly StoredRecord[],
): void {
  const { random } = ctx;
  const types = picklistValues(ctx.schema, 'Opportunity', 'Type');
  const sources = picklistValues(ctx.schema, 'Opportunity', 'LeadSource');
  for (let i = 1; i <= count; i++) {
    const account = random.pick(accounts);
    const stage = random.pick(OPPORTUNITY_STAGES);
    const [probability, forecast] = STAGE_DETAILS[stage] ?? [10, 'Pipeline'];
    const type = random.pick(types);
    const contacts = contactsByAccount.get(account.Id) ?? [];
    const contact = contacts.length > 0 && random.chance(0.5) ? random.pick(contacts) : undefined;
    const campaign = random.chance(0.2) ? random.pick(campaigns) : undefined;
    ctx.store.insert(
      'Opportunity',
      {
        AccountId: account.Id,
        RecordTypeId: recordTypeId(
          'Opportunity',
          type === 'New Customer' ? 'New_Business' : 'Renewal',
        ),
        Name: `${String(account.Name)} - ${random.pick(PRODUCTS)} ${pad(i, 3)}`,
        StageName: stage,
        Amount: random.int(5, 500) * 1_000,
        Probability: probability,
        CloseDate: addDays('2025-07-01', random.int(0, 364)),
        Type: type,
        LeadSource: random.pick(sources),
        IsClosed: stage.startsWith('Closed'),
        IsWon: stage === 'Closed Won',
        ForecastCategoryName: forecast,
        ContactId: contact?.Id ?? null,
        CampaignId: campaign?.Id ?? null,
        OwnerId: account.OwnerId ?? ctx.adminId,
      },
      ctx.adminId,
    );
  }
}
