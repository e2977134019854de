/**
 * The Parquet footer: the schema (one OPTIONAL leaf per column under the
 * root), the row groups with each column chunk's metadata and statistics,
 * then the footer's length and the closing magic bytes.
 */
import type { StoredType } from "../storedTypes.js";
import type { ByteBuffer } from "./byteBuffer.js";
import type { ColumnChunkMeta } from "./columnChunk.js";
import { ThriftWriter } from "./thrift.js";

export const MAGIC = Buffer.from("PAR1", "latin1");

const PhysicalType = { BOOLEAN: 0, INT32: 1, INT64: 2, DOUBLE: 5, BYTE_ARRAY: 6 } as const;
const ConvertedType = { UTF8: 0, DATE: 6, TIMESTAMP_MILLIS: 9 } as const;
const OPTIONAL = 1;
const SNAPPY = 1;

export const physicalType = (type: StoredType): number =>
  type === "int64" || type === "timestamp" ? PhysicalType.INT64 : type === "double" ? PhysicalType.DOUBLE : type === "boolean" ? PhysicalType.BOOLEAN : type === "date" ? PhysicalType.INT32 : PhysicalType.BYTE_ARRAY;

export interface RowGroupMeta {
  rows: number;
  /** Offset of the group's first page. */
  fileOffset: number;
  columns: ColumnChunkMeta[];
}

export interface FileLayout {
  names: readonly string[];
  types: readonly StoredType[];
  groups: readonly RowGroupMeta[];
  createdBy: string;
}

/** Appends FileMetaData, its 4-byte length and "PAR1" to `out`. */
export function writeFooter(out: ByteBuffer, layout: FileLayout): void {
  const start = out.length;
  const t = new ThriftWriter(out);
  const { names, types, groups } = layout;
  t.message(() => {
    t.i32(1, 2);
    t.listStructs(2, [-1, ...names.map((_, i) => i)], (i) => {
      if (i < 0) {
        t.string(4, "root");
        t.i32(5, names.length);
        return;
      }
      schemaElement(t, names[i]!, types[i]!);
    });
    t.i64(3, groups.reduce((n, g) => n + g.rows, 0));
    t.listStructs(4, groups.map((group, ordinal) => ({ group, ordinal })), ({ group, ordinal }) => {
      t.listStructs(1, group.columns.map((meta, c) => ({ meta, c })), ({ meta, c }) => {
        t.i64(2, meta.fileOffset);
        t.struct(3, () => {
          t.i32(1, physicalType(types[c]!));
          t.listI32(2, meta.encodings);
          t.listStrings(3, [names[c]!]);
          t.i32(4, SNAPPY);
          t.i64(5, meta.numValues);
          t.i64(6, meta.uncompressedSize);
          t.i64(7, meta.compressedSize);
          t.i64(9, meta.dataPageOffset);
          if (meta.dictionaryPageOffset !== undefined) t.i64(11, meta.dictionaryPageOffset);
          t.struct(12, () => {
            t.i64(3, meta.nullCount);
            if (meta.max) t.binary(5, meta.max);
            if (meta.min) t.binary(6, meta.min);
          });
        });
      });
      t.i64(2, group.columns.reduce((n, m) => n + m.uncompressedSize, 0));
      t.i64(3, group.rows);
      t.i64(5, group.fileOffset);
      t.i64(6, group.columns.reduce((n, m) => n + m.compressedSize, 0));
      t.i16(7, ordinal);
    });
    t.string(6, layout.createdBy);
    // ColumnOrder TYPE_ORDER per column: without it readers (Arrow) treat min/max as of unknown order and ignore them.
    t.listStructs(7, names, () => t.struct(1, () => {}));
  });
  out.u32(out.length - start);
  out.append(MAGIC);
}

function schemaElement(t: ThriftWriter, name: string, type: StoredType): void {
  t.i32(1, physicalType(type));
  t.i32(3, OPTIONAL);
  t.string(4, name);
  const converted = type === "string" ? ConvertedType.UTF8 : type === "date" ? ConvertedType.DATE : type === "timestamp" ? ConvertedType.TIMESTAMP_MILLIS : undefined;
  if (converted !== undefined) t.i32(6, converted);
  // LogicalType, a union: STRING (1), DATE (6), TIMESTAMP (8) { isAdjustedToUTC, unit: MILLIS (1) }.
  if (type === "string") t.struct(10, () => t.struct(1, () => {}));
  else if (type === "date") t.struct(10, () => t.struct(6, () => {}));
  else if (type === "timestamp")
    t.struct(10, () =>
      t.struct(8, () => {
        t.bool(1, true);
        t.struct(2, () => t.struct(1, () => {}));
      }),
    );
}
