using System.Diagnostics.CodeAnalysis;

namespace Renderer.Cli.Options;

/// <summary>
/// consul-template's <c>-template "SRC:DEST[:CMD]"</c>: render the template file SRC to DEST and, after
/// DEST changed, run CMD. CMD is everything after the second colon, so it may contain colons itself
/// (<c>"in.tmpl:out.conf:docker kill -s HUP web:1"</c>); paths cannot.
/// </summary>
/// <param name="Source">Absolute path of the template file.</param>
/// <param name="Destination">Absolute path of the output file.</param>
/// <param name="Command">Shell command run after DEST changed; null when the value has only two parts.</param>
public sealed record TemplateSpec(string Source, string Destination, string? Command)
{
    /// <summary>
    /// Parses <paramref name="text"/>, resolving relative paths against <paramref name="baseDirectory"/>;
    /// on failure <paramref name="error"/> quotes the value and says which part is wrong.
    /// </summary>
    public static bool TryParse(string text, string baseDirectory, [NotNullWhen(true)] out TemplateSpec? spec, [NotNullWhen(false)] out string? error)
    {
        spec = null;
        var firstColon = text.IndexOf(':', StringComparison.Ordinal);
        if (firstColon < 0)
        {
            error = $"\"{text}\" has no destination: write SOURCE:DESTINATION[:COMMAND]";
            return false;
        }
        var secondColon = text.IndexOf(':', firstColon + 1);
        var source = text[..firstColon];
        var destination = secondColon < 0 ? text[(firstColon + 1)..] : text[(firstColon + 1)..secondColon];
        var command = secondColon < 0 ? null : text[(secondColon + 1)..];

        error = (source, destination, command) switch
        {
            _ when string.IsNullOrWhiteSpace(source) => $"\"{text}\": the source (before the first colon) is empty",
            _ when string.IsNullOrWhiteSpace(destination) => $"\"{text}\": the destination (after the first colon) is empty",
            (_, _, not null) when string.IsNullOrWhiteSpace(command) => $"\"{text}\": the command (after the second colon) is empty; drop the trailing colon if no command should run",
            _ => null,
        };
        if (error is not null)
        {
            return false;
        }

        spec = new TemplateSpec(
            Path.GetFullPath(source, baseDirectory),
            Path.GetFullPath(destination, baseDirectory),
            command);
        return true;
    }

    /// <summary>Parses <paramref name="text"/>, resolving relative paths against <paramref name="baseDirectory"/>.</summary>
    /// <exception cref="FormatException">A part is missing or empty; the message quotes the value.</exception>
    public static TemplateSpec Parse(string text, string baseDirectory) =>
        TryParse(text, baseDirectory, out var spec, out var error) ? spec : throw new FormatException(error);

    /// <summary>The value in the form it is parsed from.</summary>
    public override string ToString() => Command is null ? $"{Source}:{Destination}" : $"{Source}:{Destination}:{Command}";
}
