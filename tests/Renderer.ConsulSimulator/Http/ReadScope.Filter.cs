using Renderer.ConsulSimulator.Filtering;

namespace Renderer.ConsulSimulator.Http;

/// <content>Filter compilation, which Consul's RPC handlers do after resolving the token.</content>
internal sealed partial class ReadScope
{
    /// <exception cref="ConsulHttpError">500 for an invalid filter, 400 for one outside the simulator's subset.</exception>
    public CompiledFilter? CompileFilter(FilterType schema)
    {
        try
        {
            return CompiledFilter.Create(Options.Filter, schema);
        }
        catch (FilterException exception)
        {
            throw exception.ToHttpError();
        }
    }
}
