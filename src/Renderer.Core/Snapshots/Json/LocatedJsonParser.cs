using System.Buffers;
using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Renderer.Core.Snapshots.Json;

/// <summary>
/// Reads UTF-8 JSON into a <see cref="LocatedJson"/> tree with <see cref="Utf8JsonReader"/>. Comments and
/// trailing commas are accepted, because catalog files are written by hand.
/// </summary>
internal static partial class LocatedJsonParser
{
    private static readonly JsonReaderOptions Options = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        MaxDepth = 64,
    };

    /// <exception cref="JsonSyntaxException">The input is not valid UTF-8 or not one JSON value.</exception>
    public static LocatedJson Parse(ReadOnlyMemory<byte> utf8, LineMap lines)
    {
        RefuseInvalidUtf8(utf8.Span, lines);
        var path = new Stack<string>();
        path.Push(JsonPathText.Root);
        var reader = new Utf8JsonReader(utf8.Span, Options);
        try
        {
            reader.Read();
            var root = ReadValue(ref reader, path);

            // Anything but whitespace and comments after the value makes this Read throw.
            reader.Read();
            return root;
        }
        catch (JsonException exception)
        {
            var (line, column) = lines.Locate(exception.LineNumber ?? 0, exception.BytePositionInLine ?? 0);
            throw new JsonSyntaxException(WithoutPosition(exception.Message), path.Peek(), line, column);
        }
    }

    private static LocatedJson ReadValue(ref Utf8JsonReader reader, Stack<string> path)
    {
        var offset = (int)reader.TokenStartIndex;
        return reader.TokenType switch
        {
            JsonTokenType.StartObject => ReadObject(ref reader, path, offset),
            JsonTokenType.StartArray => ReadArray(ref reader, path, offset),
            JsonTokenType.String => LocatedJson.Scalar(JsonValueKind.String, offset, reader.GetString()),
            JsonTokenType.Number => LocatedJson.Scalar(JsonValueKind.Number, offset, Encoding.UTF8.GetString(reader.ValueSpan)),
            JsonTokenType.True => LocatedJson.Scalar(JsonValueKind.True, offset, null),
            JsonTokenType.False => LocatedJson.Scalar(JsonValueKind.False, offset, null),
            _ => LocatedJson.Scalar(JsonValueKind.Null, offset, null),
        };
    }

    private static LocatedJson ReadObject(ref Utf8JsonReader reader, Stack<string> path, int offset)
    {
        var properties = ImmutableArray.CreateBuilder<LocatedProperty>();
        var parent = path.Peek();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString()!;
            var nameOffset = (int)reader.TokenStartIndex;
            path.Push(JsonPathText.Property(parent, name));
            reader.Read();
            properties.Add(new LocatedProperty(name, nameOffset, ReadValue(ref reader, path)));
            path.Pop();
        }

        return new LocatedJson(JsonValueKind.Object, offset, null, properties.ToImmutable(), []);
    }

    private static LocatedJson ReadArray(ref Utf8JsonReader reader, Stack<string> path, int offset)
    {
        var items = ImmutableArray.CreateBuilder<LocatedJson>();
        var parent = path.Peek();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            path.Push(JsonPathText.Index(parent, items.Count));
            items.Add(ReadValue(ref reader, path));
            path.Pop();
        }

        return new LocatedJson(JsonValueKind.Array, offset, null, [], items.ToImmutable());
    }

    private static void RefuseInvalidUtf8(ReadOnlySpan<byte> utf8, LineMap lines)
    {
        var buffer = ArrayPool<char>.Shared.Rent(utf8.Length);
        try
        {
            var status = System.Text.Unicode.Utf8.ToUtf16(utf8, buffer, out var bytesRead, out _, replaceInvalidSequences: false);
            if (status == OperationStatus.InvalidData)
            {
                var (line, column) = lines.Locate(bytesRead);
                throw new JsonSyntaxException("The file is not valid UTF-8 text.", JsonPathText.Root, line, column);
            }
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    // System.Text.Json appends " LineNumber: 3 | BytePositionInLine: 7." to its messages; we report the
    // position ourselves, in characters.
    private static string WithoutPosition(string message) => PositionSuffix().Replace(message, "").TrimEnd();

    [GeneratedRegex(@"\s*(Path: \S*\s*\|\s*)?LineNumber: \d+ \| BytePositionInLine: \d+\.\s*$")]
    private static partial Regex PositionSuffix();
}
