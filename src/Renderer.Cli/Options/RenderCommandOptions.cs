using System.CommandLine;
using System.Globalization;
using Renderer.Core.Running;

namespace Renderer.Cli.Options;

/// <summary>
/// Every option of <c>renderer render</c>, each accepted in consul-template's single-dash spelling
/// (<c>-template</c>) and the double-dash one (<c>--template</c>). Values are kept as text here and parsed
/// by <see cref="Configuration.RunnerOptionsBuilder"/>, so that a bad flag and a bad config file are
/// reported together rather than one run apart.
/// </summary>
/// <remarks>
/// No option has a <c>DefaultValueFactory</c>: "not given" must stay distinguishable from "given with the
/// default value" for flags to override the config file only when given. Each description states the default
/// instead. System.CommandLine's help shows one spelling per name (the single-dash one), so each description
/// ends with the other spellings.
/// </remarks>
public sealed class RenderCommandOptions
{
    private static readonly RunnerOptions Defaults = new() { Templates = [] };

    public Option<string?> Config { get; } = Create<string?>(
        "config", "FILE",
        "JSON configuration file (docs/configuration.md); relative paths in it are resolved against its directory. Flags override its values; -template and -var add to its lists.",
        "none");

    public Option<string[]> Templates { get; } = Create<string[]>(
        "template", "SRC:DEST[:CMD]",
        "Render template SRC to DEST; after DEST changed, run CMD (everything after the second colon) through sh -c. Repeatable; added to the config file's templates.",
        "none; at least one template is required here or in the config file");

    public Option<bool> Once { get; } = Create<bool>(
        "once", null,
        "Render every template once, run the commands, and exit instead of watching for changes.",
        "false");

    public Option<bool> Dry { get; } = Create<bool>(
        "dry", null,
        "Print what would be written to stdout instead of writing files; run no command.",
        "false");

    public Option<string?> Wait { get; } = Create<string?>(
        "wait", "MIN[:MAX]",
        $"Quiescence: render once the data has been quiet for MIN, but no later than MAX after the first change. Go durations (500ms, 2s, 1m30s; a unit is required); MAX defaults to {WaitSpec.DefaultMaxFactor} x MIN; 0 turns it off.",
        "0 (render on every change)");

    public Option<string?> ConsulAddress { get; } = Create<string?>(
        "consul-addr", "ADDRESS",
        "Consul agent address: host:port, http://host:port, https://host:port or unix:///path.",
        "CONSUL_HTTP_ADDR, else 127.0.0.1:8500");

    public Option<string?> Token { get; } = Create<string?>(
        ["token", "consul-token"], "TOKEN",
        "Consul ACL token. Other users can read command lines (ps): prefer consul.token_file in the config file.",
        "CONSUL_HTTP_TOKEN, else none");

    public Option<string?> ConsulMaxConnections { get; } = Create<string?>(
        "consul-max-connections", "N",
        "Most connections to Consul at once, long polls included. Past what fits, services, nodes and keys are watched through a few shared change feeds per datacenter instead of one long poll each (docs/architecture.md). Consul refuses more than 200 per client IP.",
        Defaults.Consul.MaxConnections.ToString(CultureInfo.InvariantCulture));

    public Option<string[]> Variables { get; } = Create<string[]>(
        "var", "NAME=VALUE",
        "Set vars.NAME for the templates; VALUE is everything after the first '='. Repeatable; added to the config file's vars, replacing a variable of the same name; the last of repeated names wins.",
        "none");

    public Option<string?> LogLevel { get; } = Create<string?>(
        "log-level", "LEVEL",
        $"Logging level: {LogLevelText.AcceptedNames}.",
        LogLevelText.Format(Defaults.LogLevel));

    public Option<string?> Catalog { get; } = Create<string?>(
        "catalog", "FILE",
        "Render from this catalog file (written by renderer snapshot -o FILE) instead of querying Consul.",
        "none (query Consul)");

    public Option<bool> Diff { get; } = Create<bool>(
        "diff", null,
        $"With -once: print a unified diff of each rendered template against the file on disk instead of writing, and exit with code {ExitCodes.Differs} when any differs.",
        "false");

    public Option<string?> LoopLimit { get; } = Create<string?>(
        "loop-limit", "N",
        "Iterations allowed per outermost template loop, counted across nested loops; 0 means unlimited.",
        Defaults.LoopLimit.ToString(CultureInfo.InvariantCulture));

    /// <summary>Every option of <c>renderer render</c>, in help order.</summary>
    public IReadOnlyList<Option> All =>
        [Config, Templates, Once, Dry, Wait, ConsulAddress, Token, ConsulMaxConnections, Variables, LogLevel, Catalog, Diff, LoopLimit];

    /// <summary>The options <c>renderer check</c> and <c>renderer snapshot</c> share with <c>render</c>.</summary>
    public IReadOnlyList<Option> Shared =>
        [Config, Templates, ConsulAddress, Token, Variables, LogLevel, Catalog];

    /// <summary>Adds every render option to <paramref name="command"/>.</summary>
    public void AddTo(Command command) => AddAll(command, All);

    /// <summary>Adds the <see cref="Shared"/> subset to <paramref name="command"/> (for check and snapshot).</summary>
    public void AddSharedTo(Command command) => AddAll(command, Shared);

    private static void AddAll(Command command, IReadOnlyList<Option> options)
    {
        foreach (var option in options)
        {
            command.Options.Add(option);
        }
    }

    private static Option<T> Create<T>(string name, string? helpName, string description, string defaultText) =>
        Create<T>([name], helpName, description, defaultText);

    private static Option<T> Create<T>(string[] names, string? helpName, string description, string defaultText)
    {
        var aliases = names.SelectMany(name => new[] { "-" + name, "--" + name }).Where(alias => alias != "--" + names[0]).ToArray();
        // Help lists the single-dash spelling of each name; the description names the double-dash ones.
        var otherSpellings = string.Join(", ", names.Select(name => "--" + name));
        var option = new Option<T>("--" + names[0], aliases)
        {
            Description = $"{description} Default: {defaultText}. Also {otherSpellings}.",
        };
        if (helpName is not null)
        {
            option.HelpName = helpName;
        }
        if (typeof(T) == typeof(string[]))
        {
            // Go's flag package takes one value per occurrence; so do we (`-template a:b c:d` is an error).
            option.AllowMultipleArgumentsPerToken = false;
        }
        return option;
    }
}
