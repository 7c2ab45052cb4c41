internal import CLibCSV
internal import CFieldSink

/// Owns one libcsv `struct csv_parser` and frees it in `deinit`.
///
/// The parser runs in libcsv's lenient mode. By default it keeps libcsv's trimming of
/// spaces and tabs around unquoted fields (every value the jobs read is trimmed anyway,
/// and libcsv's inline space test is its fast path); with `preserveSpaces` a space
/// function that matches nothing makes every byte data, as Python's `csv` module reads
/// it. The callbacks' context is the assembler's `tr_field_sink`: the field callback is C
/// writing into it, the record callback reaches the `RecordAssembler` through its
/// unretained `owner` pointer; the parser keeps the assembler alive.
final class LibCSVParser {
    private let parser: UnsafeMutablePointer<csv_parser>
    private let assembler: RecordAssembler
    private let context: UnsafeMutableRawPointer

    init(assembler: RecordAssembler, preserveSpaces: Bool) {
        parser = .allocate(capacity: 1)
        csv_init(parser, 0)
        csv_set_blk_size(parser, 4096)
        if preserveSpaces {
            csv_set_space_func(parser) { _ in 0 }
        }
        self.assembler = assembler
        context = UnsafeMutableRawPointer(assembler.sink)
    }

    deinit {
        csv_free(parser)
        parser.deallocate()
    }

    /// libcsv's state: 0 = row not begun, 1 = field not begun, 2 = field begun,
    /// 3 = closing quote seen.
    var isInsideRecord: Bool { parser.pointee.pstate != 0 }

    /// True inside a quoted field whose closing quote has not been seen.
    var isInsideQuotedField: Bool { parser.pointee.pstate == 2 && parser.pointee.quoted != 0 }

    /// Bytes of the field being read as libcsv would deliver it if it ended here, the least
    /// it can still become: its entry buffer less what libcsv drops on ending the field —
    /// the trailing spaces of an unquoted field, or, after a closing quote, that quote
    /// (held tentatively) and the spaces after it.
    var pendingFieldLength: Int {
        let state = parser.pointee
        let dropped: Int
        switch state.pstate {
        case 2: dropped = state.quoted != 0 ? 0 : state.spaces
        case 3: dropped = state.spaces + 1
        default: return 0
        }
        return max(0, state.entry_pos - dropped)
    }

    /// The first bytes of the field being read, for error snippets.
    func pendingFieldPrefix(_ limit: Int) -> [UInt8] {
        let n = min(limit, parser.pointee.entry_pos)
        guard n > 0, let buffer = parser.pointee.entry_buf else { return [] }
        return Array(UnsafeBufferPointer(start: buffer, count: n))
    }

    /// Feeds bytes; returns false if libcsv ran out of memory.
    func parse(_ bytes: UnsafePointer<UInt8>, count: Int) -> Bool {
        let done = csv_parse(parser, bytes, count, tr_field_sink_append, Self.endRecord, context)
        return done == count
    }

    /// libcsv's end-of-record callback: the context is the assembler's `tr_field_sink`.
    private static let endRecord: @convention(c) (Int32, UnsafeMutableRawPointer?) -> Void = { _, context in
        let sink = context!.assumingMemoryBound(to: tr_field_sink.self)
        Unmanaged<RecordAssembler>.fromOpaque(sink.pointee.owner)._withUnsafeGuaranteedRef { $0.endRecord() }
    }

    /// Ends the last record of a file that has no final newline.
    func finish() {
        csv_fini(parser, tr_field_sink_append, Self.endRecord, context)
    }
}
