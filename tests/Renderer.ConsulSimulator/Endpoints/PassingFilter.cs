using Renderer.ConsulSimulator.Http;
using Renderer.ConsulSimulator.State;

namespace Renderer.ConsulSimulator.Endpoints;

/// <summary>
/// <c>?passing</c> on <c>/v1/health/service</c>: applied after the query, index unchanged. It drops every
/// instance with a non-passing check by swapping it with the last one, exactly like Consul's
/// <c>filterNonPassing</c>, so the order changes and clients must sort.
/// </summary>
internal static class PassingFilter
{
    /// <summary>Parses <c>?passing</c>: present with no value means true.</summary>
    /// <exception cref="ConsulHttpError">400 <c>Invalid value for ?passing</c>.</exception>
    public static bool Requested(GoQuery query)
    {
        if (!query.Has("passing"))
        {
            return false;
        }

        var text = query.Get("passing");
        if (text.Length == 0)
        {
            return true;
        }

        return GoBool.TryParse(text, out var value) ? value : throw ConsulHttpError.BadRequest("Invalid value for ?passing");
    }

    public static IReadOnlyList<ServiceInstance> Apply(IReadOnlyList<ServiceInstance> rows)
    {
        var result = rows.ToArray();
        var count = result.Length;
        for (var i = 0; i < count; i++)
        {
            if (result[i].Checks.Any(c => c.Status != CheckStatus.Passing))
            {
                result[i] = result[count - 1];
                count--;
                i--;
            }
        }

        return result[..count];
    }
}
