[assembly: AssemblyFixture(typeof(Circulair.Browser.Tests.Infrastructure.Chromium))]
[assembly: AssemblyFixture(typeof(Circulair.Browser.Tests.Infrastructure.SharedBrowserApp))]
