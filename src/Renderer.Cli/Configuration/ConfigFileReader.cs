using Microsoft.Extensions.Logging;
using Renderer.Cli.Configuration.Json;
using Renderer.Cli.Options;

namespace Renderer.Cli.Configuration;

/// <summary>
/// Reads the JSON config file (docs/configuration.md): snake_case keys, unknown keys are errors (typo
/// protection), every problem is reported with file, line, column and JSON path, all at once.
/// </summary>
public static partial class ConfigFileReader
{
    private const string UnsupportedHint = "a consul-template setting that Renderer does not support (see docs/configuration.md)";

    private static readonly Dictionary<string, string> TopLevelHints = new(StringComparer.Ordinal)
    {
        ["vault"] = "Renderer reads Consul only",
        ["exec"] = "Renderer does not supervise a child process; run it under systemd and use a template command to signal it",
        ["template"] = "the key is \"templates\" (an array)",
        ["consul_addr"] = "use \"consul\": {\"address\": …}",
        ["token"] = "use \"consul\": {\"token\": …} or, better, \"consul\": {\"token_file\": …}",
        ["deduplicate"] = UnsupportedHint,
        ["max_stale"] = UnsupportedHint,
        ["pid_file"] = UnsupportedHint,
        ["syslog"] = UnsupportedHint,
        ["kill_signal"] = UnsupportedHint,
        ["reload_signal"] = UnsupportedHint,
    };

    /// <summary>
    /// Reads and checks the file at <paramref name="path"/> (absolute). A file that cannot be read is reported at
    /// <paramref name="origin"/> (the <c>-config</c> flag as typed).
    /// </summary>
    public static ConfigFileReadResult Read(string path, ConfigurationSource origin)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            var reason = exception is FileNotFoundException or DirectoryNotFoundException ? "the file does not exist" : exception.Message;
            return new ConfigFileReadResult(null, [new ConfigurationError(origin, $"cannot read config file \"{path}\": {reason}")]);
        }
        return Parse(bytes, path);
    }

    /// <summary>Checks config file content; <paramref name="path"/> (absolute) names it in errors and anchors its relative paths.</summary>
    public static ConfigFileReadResult Parse(ReadOnlySpan<byte> utf8, string path)
    {
        var binder = new ConfigBinder(path);
        if (!ConfigNodeReader.TryRead(utf8, out var root, out var errorPosition, out var syntaxError))
        {
            binder.Error(errorPosition, "$", syntaxError);
            return new ConfigFileReadResult(null, binder.Errors);
        }

        var file = BindRoot(binder, root, path);
        return new ConfigFileReadResult(file, binder.Errors);
    }

    private static ConfigFile BindRoot(ConfigBinder binder, ConfigNode root, string path)
    {
        var file = new ConfigFile(path);
        binder.BindObject(root, "$", new Dictionary<string, Action<ConfigNode, string>>(StringComparer.Ordinal)
        {
            ["consul"] = (node, at) => file = file with { Consul = BindConsul(binder, node, at) },
            ["wait"] = (node, at) => file = file with { Wait = BindWait(binder, node, at) is { } wait ? new(wait, binder.SourceOf(node.Position, at)) : null },
            ["log_level"] = (node, at) => file = file with { LogLevel = BindLogLevel(binder, node, at) },
            ["vars"] = (node, at) => file = file with { Variables = BindVariables(binder, node, at) },
            ["loop_limit"] = (node, at) => file = file with { LoopLimit = binder.Integer(node, at, minimum: 0) },
            ["catalog"] = (node, at) => file = file with { Catalog = binder.Path(node, at) },
            ["once"] = (node, at) => file = file with { Once = binder.Boolean(node, at) },
            ["dry"] = (node, at) => file = file with { Dry = binder.Boolean(node, at) },
            ["diff"] = (node, at) => file = file with { Diff = binder.Boolean(node, at) },
            ["templates"] = (node, at) => file = file with { Templates = BindTemplates(binder, node, at) },
        }, TopLevelHints);
        return file;
    }

    private static Located<LogLevel>? BindLogLevel(ConfigBinder binder, ConfigNode node, string jsonPath)
    {
        if (binder.String(node, jsonPath) is not { } text)
        {
            return null;
        }
        if (!LogLevelText.TryParse(text.Value, out var level, out var error))
        {
            binder.Error(node.Position, jsonPath, error);
            return null;
        }
        return new Located<LogLevel>(level, text.Source);
    }

    private static IReadOnlyList<Located<VariableSpec>> BindVariables(ConfigBinder binder, ConfigNode node, string jsonPath)
    {
        if (node is not ConfigObject variables)
        {
            binder.TypeError(node, jsonPath, "an object of NAME: \"value\"");
            return [];
        }
        var result = new List<Located<VariableSpec>>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in variables.Properties)
        {
            var path = ConfigBinder.Child(jsonPath, property.Name);
            if (!VariableSpec.IsValidName(property.Name, out var nameError))
            {
                binder.Error(property.NamePosition, path, nameError);
            }
            else if (!seen.Add(property.Name))
            {
                binder.Error(property.NamePosition, path, "duplicate key; the file sets it twice");
            }
            else if (property.Value is ConfigScalar { Kind: not ConfigScalarKind.Null } scalar)
            {
                // Numbers and booleans are taken as written ("port": 8080 is "8080"): templates see strings.
                result.Add(new Located<VariableSpec>(new VariableSpec(property.Name, scalar.Text), binder.SourceOf(property.NamePosition, path)));
            }
            else
            {
                binder.TypeError(property.Value, path, "a string, number or boolean");
            }
        }
        return result;
    }

    /// <summary><c>"MIN[:MAX]"</c>, or consul-template's object form <c>{"min": "5s", "max": "20s"}</c>.</summary>
    private static WaitSpec? BindWait(ConfigBinder binder, ConfigNode node, string jsonPath)
    {
        if (node is ConfigObject)
        {
            string? min = null;
            string? max = null;
            var minGiven = false;
            binder.BindObject(node, jsonPath, new Dictionary<string, Action<ConfigNode, string>>(StringComparer.Ordinal)
            {
                ["min"] = (value, at) => (min, minGiven) = (binder.String(value, at)?.Value, true),
                ["max"] = (value, at) => max = binder.String(value, at)?.Value,
            });
            if (min is null)
            {
                if (!minGiven)
                {
                    binder.Error(node.Position, jsonPath, "\"min\" is required");
                }
                return null;
            }
            return ParseWait(binder, node, jsonPath, max is null ? min : $"{min}:{max}");
        }
        if (node is ConfigScalar { Kind: ConfigScalarKind.String })
        {
            return binder.String(node, jsonPath) is { } text ? ParseWait(binder, node, jsonPath, text.Value) : null;
        }
        binder.TypeError(node, jsonPath, "a string \"MIN[:MAX]\" or an object {\"min\": …, \"max\": …}");
        return null;
    }

    private static WaitSpec? ParseWait(ConfigBinder binder, ConfigNode node, string jsonPath, string text)
    {
        if (WaitSpec.TryParse(text, out var spec, out var error))
        {
            return spec;
        }
        binder.Error(node.Position, jsonPath, error);
        return null;
    }
}
