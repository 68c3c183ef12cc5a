using System.Diagnostics.CodeAnalysis;

namespace Renderer.Cli.Options;

/// <summary>
/// <c>-var NAME=VALUE</c>: a string templates see as <c>vars.NAME</c>. NAME is an identifier (letters,
/// digits and <c>_</c>, not starting with a digit) so that <c>vars.NAME</c> is valid template syntax; VALUE is
/// everything after the first <c>=</c> and may be empty or contain <c>=</c>.
/// </summary>
public sealed record VariableSpec(string Name, string Value)
{
    /// <summary>Parses <paramref name="text"/>; on failure <paramref name="error"/> quotes the value and says why.</summary>
    public static bool TryParse(string text, [NotNullWhen(true)] out VariableSpec? spec, [NotNullWhen(false)] out string? error)
    {
        spec = null;
        var equals = text.IndexOf('=', StringComparison.Ordinal);
        if (equals < 0)
        {
            error = $"\"{text}\" has no '=': write NAME=VALUE";
            return false;
        }
        var name = text[..equals];
        if (!IsValidName(name, out error))
        {
            error = $"\"{text}\": {error}";
            return false;
        }
        spec = new VariableSpec(name, text[(equals + 1)..]);
        return true;
    }

    /// <summary>Parses <paramref name="text"/>.</summary>
    /// <exception cref="FormatException">No '=' or an invalid name; the message quotes the value.</exception>
    public static VariableSpec Parse(string text) =>
        TryParse(text, out var spec, out var error) ? spec : throw new FormatException(error);

    /// <summary>Whether <paramref name="name"/> can be used as <c>vars.NAME</c> in a template.</summary>
    public static bool IsValidName(string name, [NotNullWhen(false)] out string? error)
    {
        if (name.Length == 0)
        {
            error = "the name (before '=') is empty";
            return false;
        }
        if (char.IsAsciiDigit(name[0]) || !name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_'))
        {
            error = $"\"{name}\" is not a valid name: use letters, digits and _, and do not start with a digit";
            return false;
        }
        error = null;
        return true;
    }

    /// <summary>The value in the form it is parsed from.</summary>
    public override string ToString() => $"{Name}={Value}";
}
