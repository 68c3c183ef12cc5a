namespace Renderer.Processes.Tests;

public sealed class ProcessCommandTests
{
    [Fact]
    public void With_methods_return_changed_copies_and_leave_the_original_alone()
    {
        var original = new ProcessCommand("nginx");

        var changed = original.WithArguments("-t").WithWorkingDirectory("/etc/nginx").WithEnvironmentVariable("A", "1");

        Assert.Empty(original.Arguments);
        Assert.Null(original.WorkingDirectory);
        Assert.Empty(original.EnvironmentVariables);
        Assert.Equal(["-t"], changed.Arguments);
        Assert.Equal("/etc/nginx", changed.WorkingDirectory);
        Assert.Equal("1", changed.EnvironmentVariables["A"]);
    }

    [Fact]
    public void Commands_with_the_same_content_are_equal()
    {
        var first = new ProcessCommand("nginx").WithArguments("-s", "reload").WithEnvironmentVariable("A", "1");
        var second = new ProcessCommand("nginx").WithArguments(new List<string> { "-s", "reload" }).WithEnvironmentVariable("A", "1");

        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
        Assert.NotEqual(first, second.WithEnvironmentVariable("A", "2"));
    }

    [Fact]
    public void The_display_form_quotes_arguments_like_a_shell()
    {
        var command = ShellCommand.Create("nginx -s reload");

        Assert.Equal("/bin/sh -c 'nginx -s reload'", command.ToString());
    }

    [Fact]
    public void An_environment_variable_name_with_an_equals_sign_is_rejected()
    {
        var error = Assert.Throws<ArgumentException>(() => new ProcessCommand("x").WithEnvironmentVariable("A=B", "1"));

        Assert.Contains("'A=B'", error.Message);
    }
}
