import base from './playwright.config.ts'
export default { ...base, testDir: '.', use: { ...base.use, baseURL: 'http://127.0.0.1:4199' }, webServer: undefined }
