using System.Buffers;
using System.Collections.Immutable;
using System.Text;
using System.Text.Unicode;
using Microsoft.Win32.SafeHandles;

namespace SalesDomain.Csv;

/// <summary>
/// Sums a transactions text file into cents per client and calendar month, reading it in blocks on every core
/// (docs/performance.md in the repository, "Export to segments"): no object per row, client ids interned once, amounts accumulated in
/// columns of cents. It accepts and rejects exactly the rows <see cref="TransactionCsvImporter"/> accepts and rejects,
/// with the same line numbers and reasons: a line in the plain layout (ISO date, plain amount) is read directly, any
/// other line by the importer's own row parser. It gives up (returns null, and the caller imports the file the general
/// way) when the file is not one it can split line by line with certainty: a workbook, UTF-16, a quote character
/// anywhere, a bare carriage return, bytes invalid in the detected encoding, an amount with fractions of a cent or
/// beyond ±10¹³, a profit that must be read, or a header not found in the first 64 KiB.
/// </summary>
/// <remarks>
/// Memory: one block of 4 MiB (and its characters) per thread, and per thread 9 bytes per client and month seen
/// (the cents and the number of decimals written); the threads' columns are merged at the end. The result does not
/// depend on the number of threads: sums are exact integers, ids are ordered ordinally, rejected rows by line.
/// </remarks>
public static class MonthlyRevenueCsvImporter
{
    /// <summary>Bytes a thread reads at a time (4 MiB).</summary>
    internal const int DefaultBlockSize = 1 << 22;
    private const int HeadLength = 64 * 1024;
    private const int BatchSize = 256;

    /// <summary>Largest |amount| of one row read by this importer, in cents (10¹³ currency units).</summary>
    private const long MaxRowCents = 1_000_000_000_000_000;

    /// <summary>
    /// Reads a file; null when the file needs the general importer (see the class remarks). Never throws for the
    /// content of the file: anything it cannot read exactly is left to <see cref="TransactionCsvImporter"/>.
    /// </summary>
    /// <param name="path">Path of the file.</param>
    /// <param name="options">Dialect and columns; <see cref="TransactionCsvOptions.Default"/> when null.</param>
    /// <param name="maxDegreeOfParallelism">Most threads used; −1 (default) for one per processor.</param>
    /// <param name="cancellationToken">Stops the import between blocks.</param>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static MonthlyRevenueImport? TryImportFile(
        string path, TransactionCsvOptions? options = null, int maxDegreeOfParallelism = -1, CancellationToken cancellationToken = default)
        => TryImportFile(path, options, maxDegreeOfParallelism, DefaultBlockSize, cancellationToken);

    /// <summary>
    /// <see cref="TryImportFile(string, TransactionCsvOptions?, int, CancellationToken)"/> with blocks of another size:
    /// small blocks put block boundaries inside lines, fields and characters of a small file.
    /// </summary>
    internal static MonthlyRevenueImport? TryImportFile(
        string path, TransactionCsvOptions? options, int maxDegreeOfParallelism, int blockSize, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(blockSize);
        options ??= TransactionCsvOptions.Default;
        if (maxDegreeOfParallelism is 0 or < -1)
        {
            throw new ArgumentOutOfRangeException(nameof(maxDegreeOfParallelism), maxDegreeOfParallelism, "Must be positive or -1.");
        }

        if (options.RequireProfit)
        {
            return null;
        }

        using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read, FileOptions.SequentialScan);
        var length = RandomAccess.GetLength(handle);
        var head = new byte[(int)Math.Min(HeadLength, length)];
        var read = RandomAccess.Read(handle, head, 0);
        if (Header(head.AsSpan(0, read), length, options) is not { } start)
        {
            return null;
        }

        var workers = Math.Max(1, Math.Min(
            maxDegreeOfParallelism == -1 ? Environment.ProcessorCount : maxDegreeOfParallelism,
            (int)Math.Min(int.MaxValue, ((length - start.DataOffset) / blockSize) + 1)));
        var shared = new Shared(handle, length, start, options, blockSize);
        var states = new Worker[workers];
        var tasks = new Task[workers];
        for (var w = 0; w < workers; w++)
        {
            var state = states[w] = new Worker(shared);
            tasks[w] = w == workers - 1 ? Task.CompletedTask : Task.Run(() => state.Run(cancellationToken), cancellationToken);
        }

        states[^1].Run(cancellationToken);
        Task.WaitAll(tasks, cancellationToken);
        return shared.Abandoned ? null : Merge(states, shared);
    }

    /// <summary>The encoding, layout and first data byte, or null when the general importer must read the file.</summary>
    private static Start? Header(ReadOnlySpan<byte> head, long length, TransactionCsvOptions options)
    {
        if (head.StartsWith("PK"u8) || ImportInput.Describe(head) is not null || head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return null;
        }

        var bom = head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        var body = head[bom..];
        if (head.Length < length)
        {
            // Only whole lines of the head are decoded.
            var last = body.LastIndexOf((byte)'\n');
            if (last < 0)
            {
                return null;
            }

            body = body[..(last + 1)];
        }

        bool utf8;
        if (options.Dialect.Encoding is { } given)
        {
            if (given.CodePage is not (65001 or 1251))
            {
                return null;
            }

            utf8 = given.CodePage == 65001;
        }
        else
        {
            // As the general importer detects: UTF-8 when the bytes are valid UTF-8 (a later invalid line makes this
            // importer give up), else Windows-1251.
            utf8 = bom == 3 || Utf8.IsValid(body);
        }

        var encoding = Start.EncodingOf(utf8);
        if (body.Contains((byte)'"'))
        {
            return null;
        }

        var text = encoding.GetString(body);
        if (HasBareCarriageReturn(text))
        {
            return null;
        }

        ImportLayout layout;
        TransactionLayout found;
        try
        {
            layout = TabularRows.Sniff(ImportInput.Open(new StringReader(text)), options.Dialect, h => TransactionLayout.Resolve(h, options));
            found = TransactionLayout.Resolve(new HeaderColumns(layout.Header), options);
        }
        catch (CsvImportException)
        {
            return null;
        }

        // The data start after the header line.
        var offset = 0;
        for (var line = 0; line < layout.HeaderLine; line++)
        {
            var next = body[offset..].IndexOf((byte)'\n');
            if (next < 0)
            {
                return null;
            }

            offset += next + 1;
        }

        return new Start(layout with { Encoding = encoding.WebName }, found, utf8, bom + offset);
    }

    /// <summary>Whether a carriage return stands anywhere but before a line feed.</summary>
    internal static bool HasBareCarriageReturn(ReadOnlySpan<char> text)
    {
        for (var i = text.IndexOf('\r'); i >= 0; i = text.IndexOf('\r'))
        {
            if (i + 1 >= text.Length || text[i + 1] != '\n')
            {
                return true;
            }

            text = text[(i + 2)..];
        }

        return false;
    }

    /// <summary>
    /// Reads <c>[-]d{1,3}( d{3})*[,d{1,2}]</c> (the group separator a space, U+00A0, U+202F or U+2009) as cents
    /// and decimals: the form <see cref="NumberGrammar"/> reads to the same value in the automatic and Russian
    /// cultures (a comma followed by one or two digits is never a thousands comma); false for anything else.
    /// </summary>
    internal static bool TryRussianCents(ReadOnlySpan<char> text, out long cents, out byte scale)
    {
        (cents, scale) = (0, 0);
        var i = text.Length > 0 && text[0] == '-' ? 1 : 0;
        var negative = i == 1;
        var group = 0;
        var groups = 0;
        long whole = 0;
        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsAsciiDigit(c))
            {
                whole = (whole * 10) + (c - '0');
                if (++group > 3 || whole > MaxRowCents / 100)
                {
                    return false;
                }
            }
            else if (c is ' ' or '\u00A0' or '\u202F' or '\u2009' && group > 0 && (groups == 0 || group == 3))
            {
                groups++;
                group = 0;
            }
            else
            {
                break;
            }
        }

        if (group == 0 || groups > 0 && group != 3)
        {
            return false;
        }

        long fraction = 0;
        if (i < text.Length)
        {
            if (text[i] != ',' || text.Length - i - 1 is < 1 or > 2)
            {
                return false;
            }

            for (var k = i + 1; k < text.Length; k++)
            {
                if (!char.IsAsciiDigit(text[k]))
                {
                    return false;
                }

                fraction = (fraction * 10) + (text[k] - '0');
            }

            scale = (byte)(text.Length - i - 1);
            fraction *= scale == 1 ? 10 : 1;
        }

        cents = (whole * 100) + fraction;
        cents = negative ? -cents : cents;
        return !(negative && cents == 0); // a negative zero is left to the general grammar
    }

    private static MonthlyRevenueImport? Merge(Worker[] states, Shared shared)
    {
        var target = states[0];
        for (var w = 1; w < states.Length; w++)
        {
            if (!target.Absorb(states[w]))
            {
                return null;
            }
        }

        // Line numbers: lines before the data, then the lines that start in earlier blocks.
        var lineBase = new long[shared.Blocks + 1];
        lineBase[0] = shared.Start.Layout.HeaderLine;
        for (var b = 0; b < shared.Blocks; b++)
        {
            lineBase[b + 1] = lineBase[b] + shared.LinesInBlock[b];
        }

        var rejected = states.SelectMany(s => s.Rejected)
            .Select(r => new RejectedRow(lineBase[r.Block] + r.Line + 1, r.Reason))
            .OrderBy(r => r.LineNumber)
            .ToImmutableArray();
        var accepted = states.Sum(s => s.Accepted);
        var direct = states.Sum(s => s.Direct);
        var (earliest, latest) = (states.Min(s => s.Earliest), states.Max(s => s.Latest)); // a thread without rows gives null, which Min and Max skip
        return target.Build(accepted, direct, rejected, shared.Start.Layout, earliest, latest);
    }

    /// <summary>What the head of the file gave.</summary>
    private sealed record Start(ImportLayout Layout, TransactionLayout Found, bool Utf8, long DataOffset)
    {
        /// <summary>UTF-8, or Windows-1251 as the strict encoding: the only two this importer reads.</summary>
        public Encoding Encoding => EncodingOf(Utf8);

        public static Encoding EncodingOf(bool utf8) => utf8 ? ImportEncodings.Utf8 : ImportEncodings.Windows1251;
    }

    /// <summary>The file and the state every thread shares: the next block to read, the lines per block, whether to give up.</summary>
    private sealed class Shared(SafeFileHandle handle, long length, Start start, TransactionCsvOptions options, int blockSize)
    {
        private int _next = -1;
        private volatile bool _abandoned;

        public SafeFileHandle Handle { get; } = handle;

        public long Length { get; } = length;

        public Start Start { get; } = start;

        public TransactionCsvOptions Options { get; } = options;

        public int BlockSize { get; } = blockSize;

        public int Blocks => LinesInBlock.Length;

        public int[] LinesInBlock { get; } = new int[(int)((length - start.DataOffset + blockSize - 1) / blockSize)];

        public bool Abandoned => _abandoned;

        public int NextBlock() => _abandoned ? int.MaxValue : Interlocked.Increment(ref _next);

        public void Abandon() => _abandoned = true;
    }

    /// <summary>One thread's blocks: its client ids, its month columns, its rejected rows.</summary>
    private sealed class Worker(Shared shared)
    {
        private readonly ClientIdTable _ids = new();
        private readonly Dictionary<int, MonthColumn> _months = [];
        private readonly TransactionLayout _layout = shared.Start.Found;
        private readonly bool _plain = shared.Start.Found is { AmountFactor: null, Profit: null, Quantity: null };
        private readonly char _delimiter = shared.Start.Layout.Delimiter ?? ',';
        private readonly int _width = shared.Start.Layout.Header.Length;
        private MonthColumn? _lastColumn;
        private int _lastMonth = -1;
        private byte[] _bytes = new byte[shared.BlockSize + 4096];
        private char[] _chars = new char[shared.BlockSize + 4096];
        private int[] _starts = new int[64];
        private bool _giveUp;
        private int _batch;
        private int _batchKeyLength;
        private readonly byte[] _batchKeys = new byte[1 << 16];
        private int _touched;
        private readonly int[] _batchStart = new int[BatchSize];
        private readonly int[] _batchLength = new int[BatchSize];
        private readonly int[] _batchHash = new int[BatchSize];
        private readonly int[] _batchMonth = new int[BatchSize];
        private readonly int[] _batchDay = new int[BatchSize];
        private readonly int[] _batchClient = new int[BatchSize];
        private readonly long[] _batchCents = new long[BatchSize];
        private readonly byte[] _batchScale = new byte[BatchSize];
        private int _earliest = int.MaxValue;
        private int _latest = int.MinValue;

        public List<(int Block, int Line, string Reason)> Rejected { get; } = [];

        public int Accepted { get; private set; }

        /// <summary>Rows of <see cref="Accepted"/> read field by field, without the general row parser.</summary>
        public int Direct { get; private set; }

        public DateOnly? Earliest => Accepted == 0 ? null : DateOnly.FromDayNumber(_earliest);

        public DateOnly? Latest => Accepted == 0 ? null : DateOnly.FromDayNumber(_latest);

        public void Run(CancellationToken cancellationToken)
        {
            try
            {
                int block;
                while ((block = shared.NextBlock()) < shared.Blocks)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    if (!ReadBlock(block))
                    {
                        shared.Abandon();
                    }
                }
            }
            catch (OverflowException)
            {
                shared.Abandon();
            }
        }

        /// <summary>Reads the lines that start in a block; false to give up.</summary>
        private bool ReadBlock(int block)
        {
            var start = shared.Start.DataOffset + ((long)block * shared.BlockSize);
            var end = Math.Min(shared.Length, start + shared.BlockSize);

            // From the byte before the block, to see whether a line starts at its first byte.
            var from = block == 0 ? start : start - 1;
            var count = Fill(from, 0, (int)(end - from));
            var position = 0;
            if (block > 0)
            {
                var newline = _bytes.AsSpan(0, count).IndexOf((byte)'\n');
                if (newline < 0)
                {
                    return true; // a line that started in an earlier block covers this one
                }

                position = newline + 1;
            }

            var lines = 0;
            while (from + position < end)
            {
                var rest = _bytes.AsSpan(position, count - position);
                var newline = rest.IndexOf((byte)'\n');
                while (newline < 0 && from + count < shared.Length)
                {
                    // The last line runs past the block: read on to its end.
                    if (count == _bytes.Length)
                    {
                        Array.Resize(ref _bytes, _bytes.Length * 2);
                    }

                    var before = count;
                    count = Fill(from, count, (int)Math.Min(_bytes.Length - count, shared.Length - from - count));
                    rest = _bytes.AsSpan(position, count - position);
                    newline = rest[(before - position)..].IndexOf((byte)'\n');
                    newline = newline < 0 ? -1 : newline + before - position;
                }

                var line = newline < 0 ? rest : rest[..newline];
                if (!ReadLine(line, block, lines))
                {
                    return false;
                }

                lines++;
                position += newline < 0 ? rest.Length : newline + 1;
            }

            Flush();
            shared.LinesInBlock[block] = lines;
            return true;
        }

        private int Fill(long from, int offset, int length)
        {
            var total = offset;
            while (length > 0)
            {
                var n = RandomAccess.Read(shared.Handle, _bytes.AsSpan(total, length), from + total);
                if (n == 0)
                {
                    break;
                }

                total += n;
                length -= n;
            }

            return total;
        }

        /// <summary>One physical line (without its line feed); false to give up.</summary>
        private bool ReadLine(ReadOnlySpan<byte> bytes, int block, int line)
        {
            if (!bytes.IsEmpty && bytes[^1] == (byte)'\r')
            {
                bytes = bytes[..^1];
            }

            if (bytes.IndexOfAny((byte)'"', (byte)'\r') >= 0)
            {
                return false;
            }

            ReadOnlySpan<char> text;
            if (Ascii.IsValid(bytes))
            {
                var chars = Chars(bytes.Length);
                Ascii.ToUtf16(bytes, chars, out var written);
                text = chars[..written];
            }
            else
            {
                if (shared.Start.Utf8 && !Utf8.IsValid(bytes))
                {
                    return false;
                }

                // UTF-8, or Windows-1251 as the strict encoding: one character per byte from its table, U+FFFD where undefined.
                var chars = Chars(shared.Start.Encoding.GetMaxCharCount(bytes.Length));
                text = chars[..shared.Start.Encoding.GetChars(bytes, chars)];
                if (text.Contains('\uFFFD'))
                {
                    return false;
                }
            }

            var fields = Split(text);
            var row = new RowFields(text, fields);
            if (_plain && row.Count >= _layout.Width && row.Count <= _width && TryPlain(row))
            {
                return true;
            }

            var reason = TabularRows.CheckLine(row, _width, text, _delimiter, Parse);
            if (_giveUp)
            {
                return false;
            }

            if (reason is not null)
            {
                Rejected.Add((block, line, reason));
            }

            return true;
        }

        private Span<char> Chars(int length)
        {
            if (_chars.Length < length)
            {
                _chars = new char[length * 2];
            }

            return _chars.AsSpan(0, length);
        }

        private ReadOnlySpan<int> Split(ReadOnlySpan<char> text)
        {
            var n = 0;
            _starts[n++] = 0;
            var offset = 0;
            while (text[offset..].IndexOf(_delimiter) is var j and >= 0)
            {
                offset += j + 1;
                if (n + 2 > _starts.Length)
                {
                    Array.Resize(ref _starts, _starts.Length * 2);
                }

                _starts[n++] = offset;
            }

            _starts[n++] = text.Length + 1;
            return _starts.AsSpan(0, n);
        }

        /// <summary>
        /// A row of the layout without profit, quantity or price, read field by field with the general grammars
        /// (<see cref="DateGrammar"/>, <see cref="NumberGrammar"/>; ISO dates and plain amounts directly), so it is
        /// accepted exactly when the general row parser accepts it, with the same values; it joins the batch, keyed by
        /// the bytes of its id. False when the general row parser must read it (it then gives the reason).
        /// </summary>
        private bool TryPlain(RowFields row)
        {
            var clientId = row[_layout.ClientId].Trim();
            if (clientId.IsEmpty || TransactionCsvImporter.IsMissingClient(clientId, shared.Options, _layout))
            {
                return false;
            }

            if (!TryDate(row[_layout.Date], out var year, out var month, out var day))
            {
                return false;
            }

            if (!TryAmount(row[_layout.Amount], out var cents, out var scale))
            {
                return false;
            }

            if (Math.Abs(cents) > MaxRowCents)
            {
                return false;
            }

            var n = _batch;
            if (_batchKeyLength + (clientId.Length * 3) + 1 > _batchKeys.Length)
            {
                Flush();
                n = 0;
            }

            var key = _batchKeys.AsSpan(_batchKeyLength);
            var length = ClientIdTable.WriteKey(clientId, key);

            _batchStart[n] = _batchKeyLength;
            _batchLength[n] = length;
            _batchKeyLength += length;
            _batchHash[n] = ClientIdTable.Hash(key[..length]);
            _batchMonth[n] = ((year - 1) * 12) + month - 1;
            _batchDay[n] = new DateOnly(year, month, day).DayNumber;
            _batchCents[n] = cents;
            _batchScale[n] = scale;
            if (++_batch == BatchSize)
            {
                Flush();
            }

            return true;
        }

        /// <summary>The row's date: ISO first, then the dialect's formats; false for an empty or unreadable date.</summary>
        private bool TryDate(ReadOnlySpan<char> field, out int year, out int month, out int day)
        {
            if (CsvFields.TryIsoDate(field.Trim(), out year, out month, out day))
            {
                return true;
            }

            if (field.IsWhiteSpace())
            {
                return false;
            }

            if (!DateGrammar.TryParse(field, shared.Options.Dialect.DateFormats, out var date))
            {
                return false;
            }

            (year, month, day) = (date.Year, date.Month, date.Day);
            return true;
        }

        /// <summary>
        /// The row's amount in cents and its scale (decimals written): plain, then Russian (1 234,50: groups of three
        /// after a space, a no-break or thin space; a comma and one or two decimals) outside the invariant culture,
        /// then the full number grammar with at most two decimals within the row bound.
        /// </summary>
        private bool TryAmount(ReadOnlySpan<char> field, out long cents, out byte scale)
        {
            var amount = field.Trim();
            if (CsvFields.TryPlainCents(amount, out cents))
            {
                var point = amount.IndexOf('.');
                scale = (byte)(point < 0 ? 0 : amount.Length - point - 1);
                return true;
            }

            if (shared.Options.Dialect.Culture != NumberCulture.Invariant)
            {
                if (TryRussianCents(amount, out cents, out scale))
                {
                    return true;
                }
            }

            scale = 0;
            if (field.IsWhiteSpace())
            {
                return false;
            }

            if (!NumberGrammar.TryParse(field, shared.Options.Dialect.Culture, out var value, out _))
            {
                return false;
            }

            if (value.Scale > 2 || Math.Abs(value) > MaxRowCents / 100)
            {
                return false;
            }

            (cents, scale) = ((long)(value * 100m), (byte)value.Scale);
            return true;
        }

        /// <summary>
        /// Looks up and adds the batched rows: first one independent load per row to bring the id table's slots into
        /// the cache together, then the lookups, then the sums (a lookup per row as it is parsed waits on memory).
        /// </summary>
        private void Flush()
        {
            var n = _batch;
            _batch = 0;
            _batchKeyLength = 0;
            var touched = 0;
            for (var j = 0; j < n; j++)
            {
                touched |= _ids.Touch(_batchHash[j]);
            }

            _touched = touched; // kept, so that the loads above are not dropped

            for (var j = 0; j < n; j++)
            {
                _batchClient[j] = _ids.IndexOfKey(_batchKeys.AsSpan(_batchStart[j], _batchLength[j]), _batchHash[j]);
            }

            for (var j = 0; j < n; j++)
            {
                var key = _batchMonth[j];
                if (key != _lastMonth)
                {
                    if (!_months.TryGetValue(key, out _lastColumn))
                    {
                        // Sized for the clients known so far: in a file in date order nearly all of them.
                        _months.Add(key, _lastColumn = new MonthColumn(_ids.Count + (_ids.Count / 8)));
                    }

                    _lastMonth = key;
                }

                _lastColumn!.Add(_batchClient[j], _batchCents[j], _batchScale[j]);
                _earliest = Math.Min(_earliest, _batchDay[j]);
                _latest = Math.Max(_latest, _batchDay[j]);
            }

            Accepted += n;
            Direct += n;
        }

        /// <summary>The general row parser of <see cref="TransactionCsvImporter"/>; an accepted row is added.</summary>
        private bool Parse(RowFields fields, out string reason)
        {
            if (!TransactionCsvImporter.TryParse(fields, _layout, shared.Options, out var row, out reason))
            {
                return false;
            }

            var amount = row.Amount;
            if (amount.Scale > 2 || Math.Abs(amount) > MaxRowCents / 100)
            {
                // Not whole cents, or beyond the columns' range: the general importer reads this file.
                _giveUp = true;
                return true;
            }

            Add(_ids.IndexOf(row.ClientId), row.Date.Year, row.Date.Month, row.Date.Day, (long)(amount * 100m), (byte)amount.Scale);
            return true;
        }

        private void Add(int client, int year, int month, int day, long cents, byte scale)
        {
            var key = ((year - 1) * 12) + month - 1;
            if (key != _lastMonth)
            {
                if (!_months.TryGetValue(key, out _lastColumn))
                {
                    _months.Add(key, _lastColumn = new MonthColumn());
                }

                _lastMonth = key;
            }

            _lastColumn!.Add(client, cents, scale);
            Accepted++;
            var date = new DateOnly(year, month, day).DayNumber;
            _earliest = Math.Min(_earliest, date);
            _latest = Math.Max(_latest, date);
        }

        /// <summary>Adds another thread's clients and columns to this one's; false when a sum leaves the range.</summary>
        public bool Absorb(Worker other)
        {
            var map = new int[other._ids.Count];
            for (var i = 0; i < map.Length; i++)
            {
                map[i] = _ids.IndexOfKey(other._ids.KeyOf(i));
            }

            // Months are independent: merged in parallel.
            foreach (var key in other._months.Keys)
            {
                if (!_months.ContainsKey(key))
                {
                    _months.Add(key, new MonthColumn(_ids.Count));
                }
            }

            var overflow = false;
            Parallel.ForEach(other._months, pair =>
            {
                var (column, mine) = (pair.Value, _months[pair.Key]);
                try
                {
                    for (var i = 0; i < column.Count && i < map.Length; i++)
                    {
                        if (column.Scales[i] != MonthColumn.Empty)
                        {
                            mine.Add(map[i], column.Cents[i], column.Scales[i]);
                        }
                    }
                }
                catch (OverflowException)
                {
                    overflow = true;
                }
            });
            other._months.Clear(); // its memory is no longer needed
            return !overflow;
        }

        public MonthlyRevenueImport Build(int accepted, int direct, ImmutableArray<RejectedRow> rejected, ImportLayout layout, DateOnly? earliest, DateOnly? latest)
        {
            var ids = new string[_ids.Count];
            for (var i = 0; i < ids.Length; i++)
            {
                ids[i] = _ids.IdOf(i);
            }

            var order = new int[ids.Length];
            for (var i = 0; i < order.Length; i++)
            {
                order[i] = i;
            }

            Array.Sort(order, (x, y) => string.CompareOrdinal(ids[x], ids[y]));
            return new MonthlyRevenueImport([.. order.Select(i => ids[i])], order, _months, accepted, rejected, layout, earliest, latest) { DirectRows = direct };
        }
    }

    /// <summary>One month's cents and decimals per client index (a client without a row holds <see cref="Empty"/> decimals).</summary>
    internal sealed class MonthColumn(int capacity = 0)
    {
        /// <summary>The decimals of a cell without rows.</summary>
        public const byte Empty = byte.MaxValue;

        public long[] Cents { get; private set; } = new long[capacity];

        public byte[] Scales { get; private set; } = Filled(capacity);

        public int Count => Cents.Length;

        public void Add(int client, long cents, byte scale)
        {
            if (client >= Cents.Length)
            {
                var size = Math.Max(1024, Math.Max(client + 1, Cents.Length + (Cents.Length / 2)));
                var grownCents = new long[size];
                var grownScales = new byte[size];
                Cents.CopyTo(grownCents, 0);
                Scales.CopyTo(grownScales, 0);
                grownScales.AsSpan(Scales.Length).Fill(Empty);
                (Cents, Scales) = (grownCents, grownScales);
            }

            Cents[client] = checked(Cents[client] + cents);
            var current = Scales[client];
            Scales[client] = current == Empty ? scale : Math.Max(current, scale);
        }

        private static byte[] Filled(int length)
        {
            var scales = new byte[length];
            scales.AsSpan().Fill(Empty);
            return scales;
        }
    }
}
