import dotenv from 'dotenv';

// `.env` is optional; values already in the environment win. Quiet, because dotenv's own notice
// would land on stdout and break the console and the JSON Lines output.
export function loadDotenv(): void {
  dotenv.config({ quiet: true });
}
