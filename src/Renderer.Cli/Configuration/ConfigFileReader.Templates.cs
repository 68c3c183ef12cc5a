using Renderer.Cli.Configuration.Json;
using Renderer.Cli.Options;

namespace Renderer.Cli.Configuration;

public static partial class ConfigFileReader
{
    private static readonly Dictionary<string, string> TemplateHints = new(StringComparer.Ordinal)
    {
        ["contents"] = "put the template in a file and use \"source\"",
        ["left_delimiter"] = "Scriban templates use {{ }}; " + UnsupportedHint,
        ["right_delimiter"] = "Scriban templates use {{ }}; " + UnsupportedHint,
        ["create_dest_dirs"] = "Renderer always creates the destination's directory",
        ["error_on_missing_key"] = UnsupportedHint,
        ["exec"] = "use \"command\"",
        ["user"] = UnsupportedHint,
        ["group"] = UnsupportedHint,
    };

    private static readonly string[] TemplateKeys = ["source", "destination"];

    private static IReadOnlyList<TemplateSection> BindTemplates(ConfigBinder binder, ConfigNode node, string jsonPath)
    {
        if (node is not ConfigArray array)
        {
            binder.TypeError(node, jsonPath, "an array of {\"source\": …, \"destination\": …}");
            return [];
        }
        var templates = new List<TemplateSection>();
        for (var index = 0; index < array.Items.Count; index++)
        {
            if (BindTemplate(binder, array.Items[index], ConfigBinder.Item(jsonPath, index)) is { } template)
            {
                templates.Add(template);
            }
        }
        return templates;
    }

    private static TemplateSection? BindTemplate(ConfigBinder binder, ConfigNode node, string jsonPath)
    {
        Located<string>? source = null, destination = null;
        string? command = null, check = null;
        TimeSpan? timeout = null;
        UnixFileMode? permissions = null;
        bool? backup = null;
        WaitSpec? wait = null;
        binder.BindObject(node, jsonPath, new Dictionary<string, Action<ConfigNode, string>>(StringComparer.Ordinal)
        {
            ["source"] = (value, at) => source = binder.Path(value, at),
            ["destination"] = (value, at) => destination = binder.Path(value, at),
            ["command"] = (value, at) => command = binder.String(value, at)?.Value,
            ["check"] = (value, at) => check = binder.String(value, at)?.Value,
            ["command_timeout"] = (value, at) => timeout = binder.Duration(value, at, minimum: TimeSpan.FromTicks(1)),
            ["perms"] = (value, at) => permissions = BindPermissions(binder, value, at),
            ["backup"] = (value, at) => backup = binder.Boolean(value, at)?.Value,
            ["wait"] = (value, at) => wait = BindWait(binder, value, at),
        }, TemplateHints);

        if (node is not ConfigObject configObject)
        {
            return null;
        }
        foreach (var key in (ReadOnlySpan<string>)["source", "destination"])
        {
            // A misspelled key was already reported with "did you mean"; "required" would repeat it.
            if (!configObject.Properties.Any(property => property.Name == key || KeySuggestion.Closest(property.Name, TemplateKeys) == key))
            {
                binder.Error(node.Position, jsonPath, $"\"{key}\" is required");
            }
        }
        if (source is null || destination is null)
        {
            return null;
        }
        return new TemplateSection(source, destination)
        {
            Command = command,
            CheckCommand = check,
            CommandTimeout = timeout,
            Permissions = permissions,
            Backup = backup,
            Wait = wait,
        };
    }

    private static UnixFileMode? BindPermissions(ConfigBinder binder, ConfigNode node, string jsonPath)
    {
        if (node is ConfigScalar { Kind: ConfigScalarKind.Number } number)
        {
            // JSON has no octal literals: 644 would be decimal 644 = 01204, never what was meant.
            var example = number.Text.Length <= 3 && number.Text.All(c => c is >= '0' and <= '7') ? "0" + number.Text : "0644";
            binder.Error(node.Position, jsonPath, $"write the mode as an octal string such as \"{example}\", not a number");
            return null;
        }
        if (binder.String(node, jsonPath) is not { } text)
        {
            return null;
        }
        // At most 0777: setuid, setgid and sticky bits make no sense on a rendered file.
        var digits = text.Value.Length > 1 && text.Value[0] == '0' ? text.Value[1..] : text.Value;
        if (digits.Length > 3 || !digits.All(c => c is >= '0' and <= '7'))
        {
            binder.Error(node.Position, jsonPath, $"\"{text.Value}\" is not an octal mode such as \"0644\" (at most 0777)");
            return null;
        }
        return (UnixFileMode)Convert.ToInt32(digits, 8);
    }
}
