using Renderer.Core.Running;

namespace Renderer.Core.Tests.Running;

public sealed class RunOutcomeTests
{
    private static TemplateReport Report(TemplateStatus status) => new("t.scriban", "t.conf", status);

    [Theory]
    [InlineData(TemplateStatus.Written, true)]
    [InlineData(TemplateStatus.Unchanged, true)]
    [InlineData(TemplateStatus.WouldWrite, true)]
    [InlineData(TemplateStatus.Differs, true)]
    [InlineData(TemplateStatus.WaitingForData, false)]
    [InlineData(TemplateStatus.RenderFailed, false)]
    [InlineData(TemplateStatus.CheckFailed, false)]
    [InlineData(TemplateStatus.WriteFailed, false)]
    public void A_run_succeeds_unless_a_template_failed_or_still_waits(TemplateStatus status, bool succeeded)
    {
        Assert.Equal(succeeded, new RunOutcome([Report(TemplateStatus.Written), Report(status)], CommandFailed: false).Succeeded);
    }

    [Fact]
    public void A_failed_reload_command_fails_the_run()
    {
        Assert.False(new RunOutcome([Report(TemplateStatus.Written)], CommandFailed: true).Succeeded);
    }
}
