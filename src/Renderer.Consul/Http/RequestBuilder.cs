using System.Globalization;
using System.Text;
using Renderer.Consul.Configuration;

namespace Renderer.Consul.Http;

/// <summary>Turns a path, <see cref="QueryOptions"/> and endpoint parameters into a <see cref="ConsulRequest"/> (spec §10.2).</summary>
internal sealed class RequestBuilder(ConsulConnection connection, ConsulClientOptions options)
{
    private readonly string _baseUri = connection.BaseUri;

    public ConsulRequest Build(string path, QueryOptions? query, in EndpointQuery endpoint = default, bool notFoundIsEmpty = false)
    {
        query ??= QueryOptions.Default;
        query.Validate();
        var builder = StringBuilderCache.Acquire();
        builder.Append(_baseUri).Append(path);
        var hasQuery = false;
        AppendCommon(builder, ref hasQuery, query);
        AppendEndpoint(builder, ref hasQuery, endpoint);
        var uri = new Uri(StringBuilderCache.GetStringAndRelease(builder));

        // Spec §1.4 rule 7: a blocking read may legitimately take wait + wait/16; only then is silence a failure.
        var timeout = query.WaitIndex > 0
            ? ConsulWait.LongestAnswer(query.WaitTime) + options.BlockingTimeoutSlack
            : options.RequestTimeout;
        return new ConsulRequest(path, uri, query, timeout, notFoundIsEmpty, CacheControl(query));
    }

    /// <summary>The <c>wait</c>/<c>max_stale</c> form Consul's Go client sends: whole milliseconds, at least 1.</summary>
    internal static string FormatDuration(TimeSpan duration) =>
        string.Create(CultureInfo.InvariantCulture, $"{Math.Max(1, (long)Math.Ceiling(duration.TotalMilliseconds))}ms");

    private void AppendCommon(StringBuilder builder, ref bool hasQuery, QueryOptions query)
    {
        Append(builder, ref hasQuery, "dc", query.Datacenter ?? connection.Datacenter);

        // Spec §1.1/§1.4: index 0 never blocks and is never sent; wait without index is ignored, so neither is it.
        if (query.WaitIndex > 0)
        {
            Append(builder, ref hasQuery, "index", query.WaitIndex.ToString(CultureInfo.InvariantCulture));
            if (query.WaitTime is { } wait && wait > TimeSpan.Zero)
            {
                Append(builder, ref hasQuery, "wait", FormatDuration(wait));
            }
        }

        var flag = query.Consistency switch
        {
            ConsistencyMode.Stale => "stale",
            ConsistencyMode.Consistent => "consistent",
            ConsistencyMode.Leader => "leader",
            _ => null,
        };
        if (flag is not null)
        {
            Append(builder, ref hasQuery, flag, null);
        }

        if (query.MaxStale is { } maxStale)
        {
            Append(builder, ref hasQuery, "max_stale", FormatDuration(maxStale));
        }

        if (query.UseCache)
        {
            Append(builder, ref hasQuery, "cached", null);
        }

        Append(builder, ref hasQuery, "filter", query.Filter);
        Append(builder, ref hasQuery, "near", query.Near);

        // Spec §3: Community Edition answers 400 to any ns, so send it only when configured.
        Append(builder, ref hasQuery, "ns", query.Namespace ?? connection.Namespace);
    }

    private static void AppendEndpoint(StringBuilder builder, ref bool hasQuery, in EndpointQuery endpoint)
    {
        if (endpoint.PassingOnly)
        {
            Append(builder, ref hasQuery, "passing", "1");
        }

        foreach (var tag in endpoint.Tags ?? [])
        {
            Append(builder, ref hasQuery, "tag", tag);
        }

        if (endpoint.Recurse)
        {
            Append(builder, ref hasQuery, "recurse", null);
        }

        if (endpoint.Keys)
        {
            Append(builder, ref hasQuery, "keys", null);
        }

        Append(builder, ref hasQuery, "separator", endpoint.Separator);
    }

    /// <summary>Appends <c>name=value</c>, or the bare flag <c>name</c> when <paramref name="value"/> is null.</summary>
    private static void Append(StringBuilder builder, ref bool hasQuery, string name, string? value)
    {
        if (value is { Length: 0 } || (value is null && !IsFlag(name)))
        {
            return;
        }

        builder.Append(hasQuery ? '&' : '?').Append(name);
        hasQuery = true;
        if (value is not null)
        {
            builder.Append('=').Append(Uri.EscapeDataString(value));
        }
    }

    private static bool IsFlag(string name) =>
        name is "stale" or "consistent" or "leader" or "cached" or "recurse" or "keys";

    private static string? CacheControl(QueryOptions query)
    {
        if (!query.UseCache || (query.MaxAge is null && query.StaleIfError is null))
        {
            return null;
        }

        var parts = new List<string>(2);
        if (query.MaxAge is { } maxAge)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"max-age={(long)maxAge.TotalSeconds}"));
        }

        if (query.StaleIfError is { } staleIfError)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"stale-if-error={(long)staleIfError.TotalSeconds}"));
        }

        return string.Join(", ", parts);
    }
}
