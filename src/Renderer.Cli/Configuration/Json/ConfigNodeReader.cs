using System.Diagnostics.CodeAnalysis;
using System.Text;
using System.Text.Json;

namespace Renderer.Cli.Configuration.Json;

/// <summary>
/// Reads a config file's JSON into <see cref="ConfigNode"/>s with line and column, through
/// <see cref="Utf8JsonReader"/> (trimming-safe). Comments and trailing commas are allowed: it is a file people edit.
/// </summary>
public static class ConfigNodeReader
{
    private static readonly JsonReaderOptions ReaderOptions = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        MaxDepth = 64,
    };

    /// <summary>
    /// Parses <paramref name="utf8"/>. A syntax error stops the parse: <paramref name="error"/> says what is
    /// wrong and <paramref name="errorPosition"/> where.
    /// </summary>
    public static bool TryRead(
        ReadOnlySpan<byte> utf8,
        [NotNullWhen(true)] out ConfigNode? root,
        out TextPosition errorPosition,
        [NotNullWhen(false)] out string? error)
    {
        root = null;
        errorPosition = new TextPosition(1, 1);
        if (utf8.StartsWith(Encoding.UTF8.Preamble))
        {
            utf8 = utf8[Encoding.UTF8.Preamble.Length..];
        }

        if (utf8.Trim(" \t\r\n"u8).IsEmpty)
        {
            error = "the file is empty; a config file is a JSON object, e.g. {\"templates\": [...]}";
            return false;
        }

        var lines = new LineMap(utf8);
        var reader = new Utf8JsonReader(utf8, ReaderOptions);
        try
        {
            reader.Read();
            root = ReadValue(ref reader, lines);
            // Makes the reader reject anything after the root value.
            while (reader.Read())
            {
            }
            error = null;
            return true;
        }
        catch (JsonException exception)
        {
            root = null;
            errorPosition = lines.FromLineAndByte((int)(exception.LineNumber ?? 0), (int)(exception.BytePositionInLine ?? 0));
            error = "invalid JSON: " + FirstSentence(exception.Message);
            return false;
        }
    }

    private static ConfigNode ReadValue(ref Utf8JsonReader reader, LineMap lines)
    {
        var position = lines.FromOffset((int)reader.TokenStartIndex);
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                var properties = new List<ConfigProperty>();
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    var name = reader.GetString()!;
                    var namePosition = lines.FromOffset((int)reader.TokenStartIndex);
                    reader.Read();
                    properties.Add(new ConfigProperty(name, namePosition, ReadValue(ref reader, lines)));
                }
                return new ConfigObject(position, properties);
            case JsonTokenType.StartArray:
                var items = new List<ConfigNode>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    items.Add(ReadValue(ref reader, lines));
                }
                return new ConfigArray(position, items);
            case JsonTokenType.String:
                return new ConfigScalar(position, ConfigScalarKind.String, reader.GetString()!);
            case JsonTokenType.Number:
                return new ConfigScalar(position, ConfigScalarKind.Number, Encoding.UTF8.GetString(reader.ValueSpan));
            case JsonTokenType.True:
            case JsonTokenType.False:
                return new ConfigScalar(position, ConfigScalarKind.Boolean, reader.GetBoolean() ? "true" : "false");
            default:
                return new ConfigScalar(position, ConfigScalarKind.Null, "null");
        }
    }

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return (cut > 0 ? message[..cut] : message).TrimEnd();
    }

    /// <summary>Byte offsets of line starts, to turn a byte offset into a line and a character column.</summary>
    private readonly ref struct LineMap
    {
        private readonly ReadOnlySpan<byte> _utf8;
        private readonly List<int> _lineStarts;

        public LineMap(ReadOnlySpan<byte> utf8)
        {
            _utf8 = utf8;
            _lineStarts = [0];
            for (var i = 0; i < utf8.Length; i++)
            {
                if (utf8[i] == (byte)'\n')
                {
                    _lineStarts.Add(i + 1);
                }
            }
        }

        public TextPosition FromOffset(int offset)
        {
            var index = _lineStarts.BinarySearch(offset);
            var line = index >= 0 ? index : ~index - 1;
            return new TextPosition(line + 1, ColumnOf(_lineStarts[line], offset));
        }

        public TextPosition FromLineAndByte(int zeroBasedLine, int byteInLine)
        {
            var line = Math.Clamp(zeroBasedLine, 0, _lineStarts.Count - 1);
            var offset = Math.Min(_lineStarts[line] + byteInLine, _utf8.Length);
            return new TextPosition(line + 1, ColumnOf(_lineStarts[line], offset));
        }

        // A column counts characters: skip UTF-8 continuation bytes (10xxxxxx).
        private int ColumnOf(int lineStart, int offset)
        {
            var column = 1;
            for (var i = lineStart; i < offset; i++)
            {
                if ((_utf8[i] & 0xC0) != 0x80)
                {
                    column++;
                }
            }
            return column;
        }
    }
}
