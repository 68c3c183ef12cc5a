using Renderer.Core.Templating.Nginx;
using Renderer.Scriban.Runtime;

namespace Renderer.Core.Templating;

/// <summary>
/// The <c>nginx</c> object of template-api.md: <c>nginx.address</c>, <c>nginx.token</c> and <c>nginx.quote</c>, which
/// keep catalog data from injecting nginx directives. A refused value fails the render with an error naming it.
/// </summary>
public static class NginxFunctions
{
    public static ScriptObject Create()
    {
        var nginx = new ScriptObject(3);
        Add(nginx, "address", 1, 2, call => call.Count == 2
            ? NginxSyntax.Address(call.GetString(0), call.GetInt(1))
            : AddressOf(call));
        Add(nginx, "token", 1, 1, call => NginxSyntax.Token(call.GetString(0)));
        Add(nginx, "quote", 1, 1, call => NginxSyntax.Quote(call.GetString(0)));
        return nginx;
    }

    /// <summary><c>nginx.address inst</c>: an instance object of <c>service</c> (its <c>address</c> and <c>port</c>).</summary>
    private static string AddressOf(FunctionCall call)
    {
        if (call.GetArgument(0) is not ScriptObject instance
            || !instance.TryGetValue("address", out var address)
            || !instance.TryGetValue("port", out var port))
        {
            throw call.Error(
                "nginx.address expects an instance of `service` (an object with `address` and `port`), or a host and a port: "
                + $"got `{call.Context.ToText(call.GetArgument(0))}`");
        }

        return NginxSyntax.Address(call.Context.ToText(address), ScriptValue.ToInt(port));
    }

    private static void Add(ScriptObject target, string name, int minArgs, int maxArgs, Func<FunctionCall, object?> body)
        => target.SetFunction(name, new DelegateScriptFunction("nginx." + name, minArgs, maxArgs, call =>
        {
            try
            {
                return body(call);
            }
            catch (NginxSyntaxException e)
            {
                throw call.Error(e.Message);
            }
        }));
}
