using System.CommandLine;
using Renderer.Cli.Options;

namespace Renderer.Cli.Configuration;

/// <summary>
/// The render flags the user actually gave, as text, each with the spelling typed (<c>-once</c> or
/// <c>--once</c>) for error messages. Null or empty means "not given": the config file's value, then the
/// default, applies.
/// </summary>
public sealed record CommandLineValues
{
    public Located<string>? Config { get; init; }

    public IReadOnlyList<Located<string>> Templates { get; init; } = [];

    public Located<bool>? Once { get; init; }

    public Located<bool>? Dry { get; init; }

    public Located<bool>? Diff { get; init; }

    public Located<string>? Wait { get; init; }

    public Located<string>? ConsulAddress { get; init; }

    /// <summary>Never printed.</summary>
    public Located<string>? Token { get; init; }

    public Located<string>? ConsulMaxConnections { get; init; }

    public IReadOnlyList<Located<string>> Variables { get; init; } = [];

    public Located<string>? LogLevel { get; init; }

    public Located<string>? Catalog { get; init; }

    public Located<string>? LoopLimit { get; init; }

    /// <summary>Reads the flags of <paramref name="options"/> from <paramref name="parseResult"/>; options the command lacks count as not given.</summary>
    public static CommandLineValues Read(ParseResult parseResult, RenderCommandOptions options) => new()
    {
        Config = Single(parseResult, options.Config),
        Templates = Repeated(parseResult, options.Templates),
        Once = Single(parseResult, options.Once),
        Dry = Single(parseResult, options.Dry),
        Diff = Single(parseResult, options.Diff),
        Wait = Single(parseResult, options.Wait),
        ConsulAddress = Single(parseResult, options.ConsulAddress),
        Token = Single(parseResult, options.Token),
        ConsulMaxConnections = Single(parseResult, options.ConsulMaxConnections),
        Variables = Repeated(parseResult, options.Variables),
        LogLevel = Single(parseResult, options.LogLevel),
        Catalog = Single(parseResult, options.Catalog),
        LoopLimit = Single(parseResult, options.LoopLimit),
    };

    public override string ToString() =>
        $"CommandLineValues {{ Config = {Config?.Value}, Templates = [{string.Join(", ", Templates.Select(t => t.Value))}], Token = {(Token is null ? "(none)" : "(redacted)")} }}";

    private static Located<string>? Single(ParseResult parseResult, Option<string?> option) =>
        parseResult.GetResult(option) is { Implicit: false } result && parseResult.GetValue(option) is { } value
            ? new Located<string>(value, SourceOf(result.IdentifierToken?.Value, option))
            : null;

    private static Located<bool>? Single(ParseResult parseResult, Option<bool> option) =>
        parseResult.GetResult(option) is { Implicit: false } result
            ? new Located<bool>(parseResult.GetValue(option), SourceOf(result.IdentifierToken?.Value, option))
            : null;

    private static IReadOnlyList<Located<string>> Repeated(ParseResult parseResult, Option<string[]> option)
    {
        if (parseResult.GetResult(option) is not { Implicit: false } result)
        {
            return [];
        }
        var source = SourceOf(result.IdentifierToken?.Value, option);
        return (parseResult.GetValue(option) ?? []).Select(value => new Located<string>(value, source)).ToArray();
    }

    private static ConfigurationSource SourceOf(string? typed, Option option) =>
        ConfigurationSource.FromFlag(typed ?? option.Name);
}
