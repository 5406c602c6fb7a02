/**
 * The SOQL subset the demo org understands (salesforce-api.md §4, §10): plain field lists with
 * relationship paths, `COUNT()`, WHERE with comparisons, IN / NOT IN, LIKE, AND / OR / NOT and
 * parentheses, ORDER BY, LIMIT and OFFSET.
 */

/** 1-based, as Salesforce's "ERROR at Row:1:Column:8" counts. */
export interface SourcePosition {
  row: number;
  column: number;
}

/** `Account.Owner.Name` → ['Account', 'Owner', 'Name']. */
export interface FieldPath {
  parts: string[];
  position: SourcePosition;
}

export type SelectItem =
  { kind: 'field'; path: FieldPath } | { kind: 'count'; position: SourcePosition };

export type Literal =
  | { kind: 'string'; value: string }
  | { kind: 'number'; value: number }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'null' }
  | { kind: 'date'; value: string }
  | { kind: 'datetime'; value: string };

export type ComparisonOperator = '=' | '!=' | '<' | '<=' | '>' | '>=' | 'LIKE';

export type Condition =
  | {
      kind: 'compare';
      path: FieldPath;
      operator: ComparisonOperator;
      value: Literal;
      valuePosition: SourcePosition;
    }
  | {
      kind: 'in';
      path: FieldPath;
      negated: boolean;
      values: Literal[];
      valuePosition: SourcePosition;
    }
  | { kind: 'and' | 'or'; operands: Condition[] }
  | { kind: 'not'; operand: Condition };

export interface OrderByItem {
  path: FieldPath;
  direction: 'ASC' | 'DESC';
  nulls: 'FIRST' | 'LAST';
}

export interface SoqlQuery {
  /** The query text, for error messages that quote it. */
  source: string;
  select: SelectItem[];
  from: { name: string; alias: string | undefined; position: SourcePosition };
  where: Condition | undefined;
  orderBy: OrderByItem[];
  limit: number | undefined;
  offset: number | undefined;
}
