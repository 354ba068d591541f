// Writes a national configuration of the systems in the files given (icsmodel/1), to standard output: the
// browser check's second page. A second copy of one system gets its own id and name.
import { readFileSync } from 'node:fs';

const systems = process.argv.slice(2).map((file, i) => {
  const system = JSON.parse(readFileSync(file, 'utf8'));
  delete system.format;
  if (i > 0) {
    system.id = `${system.id}-${i + 1}`;
    system.name = `${system.name} (copy ${i + 1})`;
  }
  return system;
});
process.stdout.write(JSON.stringify({ format: 'icsmodel/1', systems }, null, 2) + '\n');
