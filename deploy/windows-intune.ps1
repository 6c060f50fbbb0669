# Intune (Devices > Scripts and remediations > Platform scripts), run as system, 64-bit PowerShell:
# writes the same values as windows-chrome.reg. Replace EXTENSION_ID, the address and the key first.
$id = 'EXTENSION_ID'
foreach ($vendor in @('Google\Chrome', 'Microsoft\Edge')) {
  $policy = "HKLM:\SOFTWARE\Policies\$vendor\3rdparty\extensions\$id\policy"
  New-Item -Path "$policy\TrustedKeys" -Force | Out-Null
  Set-ItemProperty -Path $policy -Name 'PackUrl' -Type String -Value 'https://intranet.littleacorns-nursery.example/second-look/pack.json'
  Set-ItemProperty -Path $policy -Name 'UpdateIntervalMinutes' -Type DWord -Value 60
  Set-ItemProperty -Path $policy -Name 'AllowUserImport' -Type DWord -Value 0
  Set-ItemProperty -Path "$policy\TrustedKeys" -Name '1' -Type String -Value 'la-2026:FmlstLfsOWgybAFu03rZJ4uxMSU+3Ghr+USxqtew8CY='
}
