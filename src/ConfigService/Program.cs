using Lab.ConfigService.Hosting;

if (!ServiceOptionsParser.TryParse(args, out var options, out var error))
{
    await Console.Error.WriteLineAsync(ServiceOptionsParser.Command.ErrorLine(error));
    return 2;
}

if (options.ShowHelp)
{
    Console.WriteLine(ServiceOptionsParser.Command.Help());
    return 0;
}

return await ServiceApplication.RunAsync(options);
