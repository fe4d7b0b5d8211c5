/**
 * The managed storage key of the administrator's rule pack (public/managed_schema.json). A module
 * of its own so the content script can read the policy's domains (./domain-sites.ts) without
 * ./managed.ts, which loads the rule-pack parser.
 */
export const MANAGED_KEY = 'rulePack';
