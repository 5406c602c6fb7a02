/**
 * Child relationships, derived from every lookup in the schema so the two can never disagree.
 * Names and delete rules come from the real Account and Contact describes (cascadeDelete:
 * Account→Contacts, Account→Opportunities, Contact→CampaignMembers; restrictedDelete:
 * Account→Cases, Contact→Cases, Contact→Users); a lookup with no entry has no relationship name.
 */
import type { ChildRelationship, SObjectSchema } from './types';

interface RelationshipRule {
  relationshipName: string;
  cascadeDelete?: boolean;
  restrictedDelete?: boolean;
}

/** Keyed `Child.Field`. */
const RULES: Readonly<Record<string, RelationshipRule>> = {
  'Account.ParentId': { relationshipName: 'ChildAccounts' },
  'Campaign.ParentId': { relationshipName: 'ChildCampaigns' },
  'CampaignMember.CampaignId': { relationshipName: 'CampaignMembers', cascadeDelete: true },
  'CampaignMember.ContactId': { relationshipName: 'CampaignMembers', cascadeDelete: true },
  'CampaignMember.LeadId': { relationshipName: 'CampaignMembers', cascadeDelete: true },
  'Case.AccountId': { relationshipName: 'Cases', restrictedDelete: true },
  'Case.ContactId': { relationshipName: 'Cases', restrictedDelete: true },
  'Case.ParentId': { relationshipName: 'Cases' },
  'Contact.AccountId': { relationshipName: 'Contacts', cascadeDelete: true },
  'Invoice__c.Account__c': { relationshipName: 'Invoices__r' },
  'Opportunity.AccountId': { relationshipName: 'Opportunities', cascadeDelete: true },
  'Opportunity.CampaignId': { relationshipName: 'Opportunities' },
  'Opportunity.ContactId': { relationshipName: 'Opportunities' },
  'User.AccountId': { relationshipName: 'Users' },
  'User.ContactId': { relationshipName: 'Users', restrictedDelete: true },
  'User.ManagerId': { relationshipName: 'ManagedUsers' },
  'User.ProfileId': { relationshipName: 'Users' },
};

/** Fills each object's `childRelationships` from the lookups of all objects, sorted as describe does. */
export function attachChildRelationships(objects: readonly SObjectSchema[]): void {
  const byName = new Map(objects.map((object) => [object.name, object]));
  for (const child of objects) {
    for (const field of child.fields) {
      if (field.type !== 'reference') continue;
      const rule = RULES[`${child.name}.${field.name}`];
      for (const parentName of field.referenceTo) {
        const parent = byName.get(parentName);
        if (parent === undefined) continue;
        const relationship: ChildRelationship = {
          cascadeDelete: rule?.cascadeDelete ?? false,
          childSObject: child.name,
          deprecatedAndHidden: false,
          field: field.name,
          junctionIdListNames: [],
          junctionReferenceTo: [],
          relationshipName: rule?.relationshipName ?? null,
          restrictedDelete: rule?.restrictedDelete ?? false,
        };
        parent.childRelationships.push(relationship);
      }
    }
  }
  for (const object of objects) {
    object.childRelationships.sort(
      (a, b) => compareText(a.childSObject, b.childSObject) || compareText(a.field, b.field),
    );
  }
}

/** Ordinal, so the order never depends on the machine's locale. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
