// The columns a codebook keeps with each incident (`original`), written as the rows are read into a
// block (core/original-fields.ts) rather than an object each: the form the loader's worker sends them
// in, made without the objects, so neither side spends time on them until someone opens a popup or
// exports. Keeps what keptColumns keeps: the trimmed non-empty cells, in the codebook's order.
import type { OriginalFieldsBlock } from '../original-fields';
import { cell, type CsvRecord } from './read-fields';

export class OriginalCells {
  /** The rows' cells linked by += (V8 copies them into one text once, when the block is posted). */
  private text = '';
  private cells: Int32Array;
  private size = 0;

  constructor(private readonly columns: readonly string[], expectedRows = 2_000) {
    this.cells = new Int32Array(expectedRows * (1 + columns.length));
  }

  /** Writes one row's kept cells, as the next row of the block. */
  keep(record: CsvRecord): void {
    const { columns } = this;
    if (this.size + 1 + 2 * columns.length > this.cells.length) {
      const larger = new Int32Array(2 * this.cells.length + 1 + 2 * columns.length);
      larger.set(this.cells.subarray(0, this.size));
      this.cells = larger;
    }
    const cells = this.cells;
    const countAt = this.size++;
    let count = 0;
    for (let i = 0; i < columns.length; i++) {
      const text = cell(record, columns[i] as string);
      if (text === '') continue;
      cells[this.size++] = i;
      cells[this.size++] = text.length;
      this.text += text;
      count++;
    }
    cells[countAt] = count;
  }

  /** The rows written since the last take, as a block; the next row written is the next block's first. */
  take(): OriginalFieldsBlock {
    const block = { columns: [...this.columns], text: this.text, cells: this.cells.slice(0, this.size) };
    this.text = '';
    this.size = 0;
    return block;
  }
}
