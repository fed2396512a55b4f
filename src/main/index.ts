import { app, BrowserWindow, dialog, ipcMain, Menu, powerSaveBlocker, protocol, session } from 'electron';
import { startBackend } from '../services/backend';
import { startKioskApp } from './kiosk-app';

// The only module that loads Electron itself; everything it hands on is tested against a fake.
startKioskApp(
  {
    app,
    BrowserWindow,
    // The window the shell hands the dialog is always one this BrowserWindow made.
    dialog: {
      showErrorBox: (title, content) => dialog.showErrorBox(title, content),
      showOpenDialog: (window, options) => dialog.showOpenDialog(window as BrowserWindow, options),
    },
    ipcMain,
    Menu,
    powerSaveBlocker,
    protocol,
    session,
  },
  { argv: process.argv, env: process.env, mainDir: __dirname, startBackend },
);
