using System.Globalization;
using Renderer.Cli.Configuration.Json;
using Renderer.Cli.Options;

namespace Renderer.Cli.Configuration;

/// <summary>
/// Turns <see cref="ConfigNode"/>s into typed values for one config file, collecting every problem (with
/// position and JSON path) instead of stopping at the first. A value of the wrong type yields null and an error.
/// </summary>
/// <remarks>Type errors never quote the value: the value might be a token put under the wrong key.</remarks>
internal sealed class ConfigBinder(string filePath)
{
    private readonly List<ConfigurationError> _errors = [];

    public IReadOnlyList<ConfigurationError> Errors => _errors;

    public string FilePath => filePath;

    public ConfigurationSource SourceOf(TextPosition position, string jsonPath) =>
        ConfigurationSource.InFile(filePath, position.Line, position.Column, jsonPath);

    public void Error(TextPosition position, string jsonPath, string message) =>
        _errors.Add(new ConfigurationError(SourceOf(position, jsonPath), message));

    /// <summary>
    /// Calls the member's binder for each property of <paramref name="node"/>; reports unknown keys (with the
    /// closest known key, or the hint <paramref name="hints"/> has for it), duplicate keys, and a node that is
    /// not an object.
    /// </summary>
    public void BindObject(ConfigNode node, string jsonPath, IReadOnlyDictionary<string, Action<ConfigNode, string>> members, IReadOnlyDictionary<string, string>? hints = null)
    {
        if (node is not ConfigObject configObject)
        {
            TypeError(node, jsonPath, "an object");
            return;
        }
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in configObject.Properties)
        {
            var path = Child(jsonPath, property.Name);
            if (!seen.Add(property.Name))
            {
                Error(property.NamePosition, path, "duplicate key; the file sets it twice");
            }
            else if (members.TryGetValue(property.Name, out var bind))
            {
                bind(property.Value, path);
            }
            else
            {
                Error(property.NamePosition, path, UnknownKeyMessage(property.Name, members.Keys, hints));
            }
        }
    }

    public Located<string>? String(ConfigNode node, string jsonPath, bool allowEmpty = false)
    {
        if (node is not ConfigScalar { Kind: ConfigScalarKind.String } scalar)
        {
            TypeError(node, jsonPath, "a string");
            return null;
        }
        if (!allowEmpty && string.IsNullOrWhiteSpace(scalar.Text))
        {
            Error(node.Position, jsonPath, "is empty; remove the key to use the default");
            return null;
        }
        return new Located<string>(scalar.Text, SourceOf(node.Position, jsonPath));
    }

    /// <summary>A path, resolved against the config file's directory.</summary>
    public Located<string>? Path(ConfigNode node, string jsonPath)
    {
        if (String(node, jsonPath) is not { } text)
        {
            return null;
        }
        if (text.Value.Contains('\0', StringComparison.Ordinal))
        {
            Error(node.Position, jsonPath, "a path cannot contain a NUL character");
            return null;
        }
        var directory = System.IO.Path.GetDirectoryName(filePath)!;
        return text with { Value = System.IO.Path.GetFullPath(text.Value, directory) };
    }

    public Located<bool>? Boolean(ConfigNode node, string jsonPath)
    {
        if (node is not ConfigScalar { Kind: ConfigScalarKind.Boolean } scalar)
        {
            TypeError(node, jsonPath, "true or false");
            return null;
        }
        return new Located<bool>(scalar.Text == "true", SourceOf(node.Position, jsonPath));
    }

    public Located<int>? Integer(ConfigNode node, string jsonPath, int minimum)
    {
        if (node is not ConfigScalar { Kind: ConfigScalarKind.Number } scalar)
        {
            TypeError(node, jsonPath, "a whole number");
            return null;
        }
        if (!int.TryParse(scalar.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            Error(node.Position, jsonPath, $"{scalar.Text} is not a whole number between {minimum} and {int.MaxValue}");
            return null;
        }
        if (value < minimum)
        {
            Error(node.Position, jsonPath, $"{value} is less than {minimum}");
            return null;
        }
        return new Located<int>(value, SourceOf(node.Position, jsonPath));
    }

    /// <summary>A Go-style duration string (<see cref="DurationText"/>), at least <paramref name="minimum"/>.</summary>
    public TimeSpan? Duration(ConfigNode node, string jsonPath, TimeSpan minimum)
    {
        if (String(node, jsonPath) is not { } text)
        {
            return null;
        }
        if (!DurationText.TryParse(text.Value, out var duration, out var error))
        {
            Error(node.Position, jsonPath, error);
            return null;
        }
        if (duration < minimum)
        {
            Error(node.Position, jsonPath, $"\"{text.Value}\" is less than {DurationText.Format(minimum)}");
            return null;
        }
        return duration;
    }

    /// <summary>Reports that <paramref name="node"/> is not of the <paramref name="expected"/> kind, without quoting it.</summary>
    public void TypeError(ConfigNode node, string jsonPath, string expected) =>
        Error(node.Position, jsonPath, $"expected {expected}, found {node.KindDescription}");

    /// <summary><c>$.a.b</c>, or <c>$["odd key"]</c> when the key is not a plain name.</summary>
    public static string Child(string jsonPath, string key) =>
        key.Length > 0 && key.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-')
            ? $"{jsonPath}.{key}"
            : $"{jsonPath}[\"{key.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)}\"]";

    public static string Item(string jsonPath, int index) => $"{jsonPath}[{index}]";

    private static string UnknownKeyMessage(string key, IEnumerable<string> known, IReadOnlyDictionary<string, string>? hints)
    {
        var knownKeys = known.Order(StringComparer.Ordinal).ToList();
        var accepted = $"accepted keys: {string.Join(", ", knownKeys)}";
        if (hints is not null && hints.TryGetValue(key, out var hint))
        {
            return $"unknown key \"{key}\": {hint} ({accepted})";
        }
        return KeySuggestion.Closest(key, knownKeys) is { } suggestion
            ? $"unknown key \"{key}\"; did you mean \"{suggestion}\"? ({accepted})"
            : $"unknown key \"{key}\" ({accepted})";
    }
}
