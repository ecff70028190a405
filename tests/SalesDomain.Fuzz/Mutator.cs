using System.Text;

namespace SalesDomain.Fuzz;

/// <summary>
/// Mutations of an input: byte changes, insertion of tokens the readers care about (delimiters, quotes, line breaks,
/// signs, huge and tiny numbers, edge dates, JSON punctuation, option names), deletion and duplication of spans, and
/// splicing with another input.
/// </summary>
internal sealed class Mutator(Random random)
{
    private static readonly byte[][] Tokens = [.. new[]
    {
        ",", ";", "\t", "\"", "\"\"", "\n", "\r\n", "\r", " ", "-", "+", ".", "*", "'", "=", "\0", "\u00a0", "\ufeff", "ё", "Ж",
        "0", "-0", "1e5", "NaN", "Infinity", "1 234,50", "1,234", "0.001", "79228162514264337593543950335", "1000000000000000.01",
        "9999999999999999999", "-2147483648", "2147483647", "4294967296", "1e308", "%",
        "0001-01-01", "9999-12-31", "31.12.9999", "29.02.2023", "2024-13-01", "00.00.00", "1998-06-30", "12:00:00",
        "{", "}", "[", "]", ":", "null", "true", "false", "\"type\"", "\"name\"", "\"schemes\"", "\"months\"", "\"salesForce\"",
        "\"commission\"", "\"upfront-bonus\"", "\"population\"", "\"bonus\"", "-1e300", "1e-300", "\\u0000", "\\",
        "--months", "--runs", "--as-of", "--top", "--transactions", "--delimiter", "--encoding", "--culture", "--date-format",
        "--sheet", "--by", "--json", "--verbose", "auto", "--param", "$.salesForce[0].count=1,2", "--from", "--to", "2024-01",
        "<row>", "</row>", "<c r=\"A1\" t=\"s\">", "<v>", "</v>", "<is><t>", "</t></is>", "<sheetData>", "&amp;", "<![CDATA[",
    }.Select(Encoding.UTF8.GetBytes)];

    /// <summary>One to four stacked mutations of <paramref name="input"/>, spliced with <paramref name="other"/> at times.</summary>
    public byte[] Mutate(byte[] input, byte[] other)
    {
        var data = new List<byte>(input);
        var count = 1 + random.Next(4);
        for (var k = 0; k < count; k++)
        {
            var at = data.Count == 0 ? 0 : random.Next(data.Count + 1);
            switch (random.Next(9))
            {
                case 0 when data.Count > 0:
                    data[Math.Min(at, data.Count - 1)] = (byte)random.Next(256);
                    break;
                case 1 when data.Count > 0:
                    data[Math.Min(at, data.Count - 1)] ^= (byte)(1 << random.Next(8));
                    break;
                case 2 or 3:
                    data.InsertRange(at, Tokens[random.Next(Tokens.Length)]);
                    break;
                case 4 when data.Count > 0:
                    data.RemoveRange(Math.Min(at, data.Count - 1), Math.Min(1 + random.Next(16), data.Count - Math.Min(at, data.Count - 1)));
                    break;
                case 5 when data.Count > 0:
                    {
                        var start = random.Next(data.Count);
                        var length = Math.Min(1 + random.Next(64), data.Count - start);
                        data.InsertRange(at, data.GetRange(start, length));
                        break;
                    }

                case 6 when other.Length > 0:
                    {
                        var from = random.Next(other.Length);
                        data.RemoveRange(at, data.Count - at);
                        data.AddRange(other.AsSpan(from).ToArray());
                        break;
                    }

                case 7 when data.Count > 0:
                    ReplaceDigits(data, at);
                    break;
                default:
                    data.InsertRange(at, Tokens[random.Next(Tokens.Length)]);
                    break;
            }
        }

        return data.Count > 1 << 20 ? [.. data.GetRange(0, 1 << 20)] : [.. data];
    }

    /// <summary>Replaces the run of digits at or after <paramref name="at"/> with an interesting number.</summary>
    private void ReplaceDigits(List<byte> data, int at)
    {
        var start = at;
        while (start < data.Count && !char.IsAsciiDigit((char)data[start]))
        {
            start++;
        }

        var end = start;
        while (end < data.Count && char.IsAsciiDigit((char)data[end]))
        {
            end++;
        }

        if (start >= data.Count)
        {
            return;
        }

        string[] numbers = ["0", "1", "99999999999999999999999999999", "1000000000000001", "4294967295", "2147483648", "9223372036854775808", "00", "1200", "1201"];
        data.RemoveRange(start, end - start);
        data.InsertRange(start, Encoding.UTF8.GetBytes(numbers[random.Next(numbers.Length)]));
    }
}
