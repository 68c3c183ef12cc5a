using System.Net;
using System.Text.RegularExpressions;
using Renderer.Templates.Tests.Support;

namespace Renderer.Templates.Tests.Hostile;

/// <summary>
/// The fuzz run over one nginx template: each registration rendered alone next to the benign service and classified
/// (refused naming a value, or accepted with the shape of its benign twin), then the accepted ones rendered in batches
/// and checked with real <c>nginx -t</c>.
/// </summary>
internal sealed partial class HostileNginxRun
{
    /// <summary>Registrations per batch render and per <c>nginx -t</c>.</summary>
    public const int BatchCapacity = 500;

    private readonly HostileRenderer _renderer;
    private readonly TemplateOutputKind _kind;
    private readonly IReadOnlyDictionary<string, string> _variables;
    private readonly HostileTally _tally;
    private readonly string _baseline;

    private HostileNginxRun(HostileRenderer renderer, string name, TemplateOutputKind kind, IReadOnlyDictionary<string, string> variables)
    {
        _renderer = renderer;
        _kind = kind;
        _variables = variables;
        _tally = new HostileTally(name);
        _baseline = renderer.Render(HostileCatalog.Of([]), variables).Text
            ?? throw new InvalidOperationException($"{name} refused the benign catalog.");
    }

    /// <summary>Runs over a shipped template, with the variables the nginx sandbox needs, and checks the batches with nginx -t.</summary>
    public static async Task<HostileTally> RunAsync(string templateFileName, IReadOnlyList<HostileRegistration> registrations)
    {
        var template = ShippedTemplate.Named(templateFileName);
        return await RunAsync(template.FullPath, template.Kind, Variables(template.Kind), registrations, checkWithNginx: true);
    }

    /// <summary>Runs over any template; without <paramref name="checkWithNginx"/> the batches are only rendered and shape-checked.</summary>
    public static async Task<HostileTally> RunAsync(
        string templatePath, TemplateOutputKind kind, IReadOnlyDictionary<string, string> variables,
        IReadOnlyList<HostileRegistration> registrations, bool checkWithNginx)
    {
        var run = new HostileNginxRun(await HostileRenderer.LoadAsync(templatePath), Path.GetFileName(templatePath), kind, variables);
        var accepted = registrations.Where(run.Classify).ToList();
        foreach (var batch in HostileBatchPacker.Pack(accepted, BatchCapacity, ListenerCapacity(kind), SelectingTags(templatePath)))
        {
            await run.CheckBatchAsync(batch, checkWithNginx);
        }

        return run._tally;
    }

    /// <summary>
    /// How many stream listeners a batch may open: the sandbox's stream wrapper allows 64 worker connections (one
    /// goes to the benign service), nginx.conf.scriban 1024 (one goes to the http servers).
    /// </summary>
    private static int ListenerCapacity(TemplateOutputKind kind) => kind switch
    {
        TemplateOutputKind.StreamContext => 60,
        TemplateOutputKind.MainConfiguration => 1000,
        _ => int.MaxValue,
    };

    /// <summary>The tags that make a template render a service; every tag the shipped templates read, for another template.</summary>
    private static string[] SelectingTags(string templatePath) => Path.GetFileName(templatePath) switch
    {
        "nginx-http.scriban" => ["http"],
        "nginx-stream.scriban" => ["tcp"],
        "nginx-vhost.scriban" => ["web"],
        "nginx.conf.scriban" => ["http", "tcp"],
        _ => ["http", "tcp", "web"],
    };

    /// <summary>A whole nginx.conf needs the sandbox's variables (<see cref="TemplateCase.Variables"/>); the fragments use their defaults.</summary>
    private static Dictionary<string, string> Variables(TemplateOutputKind kind) =>
        kind == TemplateOutputKind.MainConfiguration
            ? new(StringComparer.Ordinal) { ["modules_include"] = "", ["http_include"] = TemplateCase.HttpDefaultsFileName }
            : new(StringComparer.Ordinal);

    /// <summary>Renders one registration; true when it is accepted and belongs in an nginx -t batch.</summary>
    private bool Classify(HostileRegistration registration)
    {
        var render = _renderer.Render(HostileCatalog.Of([registration]), _variables);
        if (render.Error is { } error)
        {
            if (HostileRefusal.OfNginxTemplate(registration, error.Message) is { } reason)
            {
                _tally.CountRefused(reason);
            }
            else
            {
                _tally.CountUnnamed($"{registration}\n    {error.Message}");
            }

            return false;
        }

        if (ShapeProblem(render.Text!, [registration]) is { } problem)
        {
            _tally.CountInjection($"{registration}\n{problem}");
            return false;
        }

        _tally.CountAccepted(render.Text == _baseline ? "not selected by the template (tags, health)"
            : CommentCount(render.Text!) > CommentCount(_baseline) ? "skipped with a comment (name unusable, duplicate or no port)"
            : "rendered");
        return true;
    }

    /// <summary>Null when the text has the shape of the twins' render and no raw control character; else what differs.</summary>
    private string? ShapeProblem(string text, IReadOnlyList<HostileRegistration> registrations)
    {
        var twin = _renderer.Render(HostileCatalog.Of(registrations.Select(HostileCatalog.Twin), uniqueNodeNames: true), _variables);
        if (twin.Error is { } twinError)
        {
            return $"the benign twin was refused: {twinError.Message}";
        }

        var control = text.FirstOrDefault(character => char.IsControl(character) && character != '\n');
        if (control != default)
        {
            return $"raw control character U+{(int)control:X4} in the output:\n{text}";
        }

        try
        {
            var shape = NginxStructure.Of(text);
            var expected = NginxStructure.Of(twin.Text!);
            return shape == expected ? null : $"shape\n  {shape}\nexpected\n  {expected}\noutput:\n{text}";
        }
        catch (NginxStructureException e)
        {
            return $"not well-formed nginx: {e.Message}\noutput:\n{text}";
        }
    }

    private async Task CheckBatchAsync(IReadOnlyList<HostileRegistration> batch, bool checkWithNginx)
    {
        _tally.CountBatchRender();
        var render = _renderer.Render(HostileCatalog.Of(batch, uniqueNodeNames: true), _variables);
        if (render.Error is { } error)
        {
            _tally.Failures.Add($"each registration was accepted alone, but a batch of {batch.Count} was refused; " +
                $"the smallest refused part: {Bisect(batch)}\n    {error.Message}");
            return;
        }

        if (ShapeProblem(render.Text!, batch) is { } problem)
        {
            _tally.Failures.Add($"batch of {batch.Count} from #{batch[0].Index}: {problem}");
            return;
        }

        if (!checkWithNginx)
        {
            return;
        }

        RequireNoName(render.Text!);
        var result = await NginxCheck.TestAsync(render.Text!, _kind);
        _tally.CountNginxRun(result.Succeeded);
        if (!result.Succeeded)
        {
            _tally.Failures.Add($"nginx -t refused a batch of {batch.Count} from #{batch[0].Index}:\n{result.Output}\n{Excerpt(render.Text!, result.Output)}");
        }
    }

    /// <summary>Halves a refused batch until one half alone is refused no more; returns the registrations of the smallest refused part.</summary>
    private string Bisect(IReadOnlyList<HostileRegistration> batch)
    {
        while (batch.Count > 1)
        {
            var first = batch.Take(batch.Count / 2).ToList();
            var second = batch.Skip(batch.Count / 2).ToList();
            if (_renderer.Render(HostileCatalog.Of(first, uniqueNodeNames: true), _variables).IsRefused)
            {
                batch = first;
            }
            else if (_renderer.Render(HostileCatalog.Of(second, uniqueNodeNames: true), _variables).IsRefused)
            {
                batch = second;
            }
            else
            {
                break;
            }
        }

        return string.Join("; ", batch.Select(registration => registration.ToString()));
    }

    /// <summary>
    /// Stops before <c>nginx -t</c> when an upstream server is a host name: nginx would ask DNS, and these tests touch
    /// no network but loopback. The generator only makes addresses that are IP literals, localhost, or refused.
    /// </summary>
    private static void RequireNoName(string text)
    {
        foreach (Match match in UpstreamServer().Matches(text))
        {
            var host = match.Groups["host"].Value;
            Assert.True(host == "localhost" || IPAddress.TryParse(host, out _),
                $"An accepted upstream server {HostileDisplay.Quote(host)} is a host name that nginx would resolve through DNS; " +
                "the generator must not make such addresses.");
        }
    }

    private static int CommentCount(string text) => text.Split('\n').Count(line => line.TrimStart().StartsWith('#'));

    private static string Excerpt(string text, string nginxOutput)
    {
        var lines = text.Split('\n');
        var numbers = LineNumber().Matches(nginxOutput).Select(match => int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
        return string.Join('\n', numbers.Where(number => number >= 1 && number <= lines.Length)
            .Select(number => $"  line {number}: {HostileDisplay.Quote(lines[number - 1])}"));
    }

    [GeneratedRegex(@"(?m)^\s+server (?:\[(?<host>[^\]]*)\]|(?<host>[^\s:;\[{]+))")]
    private static partial Regex UpstreamServer();

    [GeneratedRegex(@"rendered\.conf:(\d+)")]
    private static partial Regex LineNumber();
}
