import { app, BrowserWindow, dialog, ipcMain, Menu, powerSaveBlocker, protocol, session } from 'electron';
import { startBackend } from '../services/backend';
import { startKioskApp } from './kiosk-app';

// The only module that loads Electron itself; everything it hands on is tested against a fake.
startKioskApp(
  { app, BrowserWindow, dialog, ipcMain, Menu, powerSaveBlocker, protocol, session },
  { argv: process.argv, env: process.env, mainDir: __dirname, startBackend },
);
