/**
 * The small default list of confidential matters every setting shares (safeguarding, child
 * protection, disciplinary matters); packs add their own business-sensitive terms.
 */
export const CONFIDENTIAL_PHRASES: string[] = [
  'safeguarding referral', 'safeguarding concern', 'safeguarding issue', 'safeguarding meeting', 'safeguarding investigation',
  'child protection', 'child protection plan', 'child protection conference', 'child protection case', 'cp plan', 'child in need plan',
  'social services', 'social worker', 'social workers', 'lado', 'mash referral', 'case conference', 'core group meeting',
  'looked after child', 'disciplinary', 'disciplinary hearing', 'disciplinary meeting', 'grievance meeting', 'grievance hearing',
  'suspended pending', 'under investigation', 'allegation against', 'allegation about', 'allegation made', 'whistleblowing',
  'ofsted complaint', 'police were called', 'police came in', 'domestic abuse', 'domestic violence', 'custody battle',
  'court order', 'contact order', 'non molestation order', 'no contact order', 'early help assessment', 'ehcp application',
];
