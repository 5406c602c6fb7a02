/**
 * Synthetic Contacts for the demo org benchmark: deterministic, realistic widths, and one row in
 * ten with a Description that needs quoting (a doubled quote and a line break).
 */
export const CONTACT_HEADER =
  'External_Id__c,FirstName,LastName,Email,Phone,Birthdate,MailingCity,Description';

/** One CSV row (with its LF); `round` changes the values an upsert rewrites. */
export function contactRow(i: number, round: number): string {
  const description =
    i % 10 === 0
      ? `"Said ""hello"" in round ${round},\nthen left"`
      : `Customer since ${2000 + (i % 20)} (round ${round})`;
  const month = String(1 + (i % 12)).padStart(2, '0');
  const day = String(1 + (i % 28)).padStart(2, '0');
  return `EXT-${i},First${i},Last${i},user${i}@example.com,+1 555 ${String(i % 10_000).padStart(4, '0')},19${50 + (i % 50)}-${month}-${day},City ${(i + round) % 500},${description}\n`;
}

/** The whole file as one text (what papaparse parses) and cut into job-sized UTF-8 buffers. */
export function contactsCsv(
  rows: number,
  round: number,
  maxJobBytes: number,
): { text: string; jobs: Buffer[] } {
  const parts: string[] = [];
  const jobs: Buffer[] = [];
  let jobParts: string[] = [];
  let jobBytes = 0;
  const header = `${CONTACT_HEADER}\n`;
  const flush = () => {
    if (jobParts.length > 0) jobs.push(Buffer.from(header + jobParts.join('')));
    jobParts = [];
    jobBytes = 0;
  };
  for (let i = 0; i < rows; i++) {
    const row = contactRow(i, round);
    if (jobBytes + row.length + header.length > maxJobBytes) flush();
    jobParts.push(row);
    jobBytes += row.length;
    parts.push(row);
  }
  flush();
  return { text: header + parts.join(''), jobs };
}
