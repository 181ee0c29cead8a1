// cli-table3 tables: box lines always, colors only on a terminal.
import Table from 'cli-table3';

export function makeTable(head: string[], color: boolean): Table.Table {
  return new Table({
    head,
    style: color ? { head: ['cyan'], border: ['grey'] } : { head: [], border: [] },
  });
}
