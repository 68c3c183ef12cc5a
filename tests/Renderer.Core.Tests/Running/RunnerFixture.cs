using Microsoft.Extensions.Time.Testing;
using Renderer.Core.Catalog;
using Renderer.Core.Dependencies.Data;
using Renderer.Core.Running;
using Renderer.Core.Watching;
using Renderer.TestKit;

namespace Renderer.Core.Tests.Running;

/// <summary>
/// A runner's world for one test: a temp directory for templates and outputs, a fake clock, a captured output
/// writer and a recording logger. Commands are <c>sh -c</c> lines that append to files in the directory.
/// </summary>
internal sealed class RunnerFixture : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private Task<RunOutcome>? _running;

    public TempDirectory Directory { get; } = TempDirectory.Create("runner");

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));

    public StringWriter Output { get; } = new() { NewLine = "\n" };

    public RecordingLoggerFactory Logs { get; } = new();

    public RunnerServices Services => new() { TimeProvider = Time, Output = Output, LoggerFactory = Logs };

    /// <summary>Writes a template file and returns its path.</summary>
    public string Template(string name, string text) => Directory.WriteFile(name, text);

    /// <summary>The path of an output file in the directory (not created).</summary>
    public string PathOf(string name) => Directory.Combine(name);

    public string Read(string name) => File.ReadAllText(PathOf(name));

    public bool Exists(string name) => File.Exists(PathOf(name));

    /// <summary>A shell command that appends <paramref name="word"/> to <paramref name="log"/> (one line per run).</summary>
    public string Append(string log, string word) => $"echo {word} >> '{PathOf(log)}'";

    /// <summary>The lines appended to <paramref name="log"/> so far; none when it does not exist.</summary>
    public IReadOnlyList<string> Lines(string log) => Exists(log) ? File.ReadAllLines(PathOf(log)) : [];

    public TemplateOptions Options(string templateName, string text, string destinationName) =>
        new(Template(templateName, text), PathOf(destinationName));

    /// <summary>Runs once over a catalog file's data (a static feed) to the end.</summary>
    public async Task<RunOutcome> RunOnceAsync(CatalogSnapshot catalog, params TemplateOptions[] templates) =>
        await RunOnceAsync(new RunnerOptions { Templates = templates, Once = true }, catalog);

    public async Task<RunOutcome> RunOnceAsync(RunnerOptions options, CatalogSnapshot catalog)
    {
        var runner = await Runner.CreateAsync(options, new StaticFeed(new CatalogDataSource(catalog)), Services, CancellationToken.None);
        return await runner.RunAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(30));
    }

    /// <summary>Starts a runner in the background; <see cref="StopAsync"/> ends it.</summary>
    public async Task<Runner> StartAsync(RunnerOptions options, IDependencyFeed feed)
    {
        var runner = await Runner.CreateAsync(options, feed, Services, CancellationToken.None);
        _running = Task.Run(() => runner.RunAsync(_stop.Token));
        return runner;
    }

    /// <summary>The task of the background runner (to await a once run that ends by itself).</summary>
    public Task<RunOutcome> Running => _running ?? throw new InvalidOperationException("No runner was started.");

    public async Task<RunOutcome> StopAsync()
    {
        await _stop.CancelAsync();
        return await Running.WaitAsync(TimeSpan.FromSeconds(20));
    }

    public async ValueTask DisposeAsync()
    {
        if (_running is { IsCompleted: false })
        {
            await StopAsync();
        }

        _stop.Dispose();
        Output.Dispose();
        Directory.Dispose();
    }
}
